# The web application: composing a request.

web-nav-compose = Jauns pieprasījums
web-compose-title = Jauns pieprasījums
web-compose-choose = Kāda veida pieprasījums?
web-compose-hint = Ar * atzīmētie jautājumi ir jāaizpilda pirms nosūtīšanas. Saglabājiet melnrakstu, lai redzētu jautājumus, kas kļūst būtiski atkarībā no jūsu atbildēm.
web-compose-save = Saglabāt melnrakstu
web-compose-send = Nosūtīt
web-authority-write = Rakstīt pieprasījumu šai iestādei
