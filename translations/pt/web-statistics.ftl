# The web application: the statistics page.

web-nav-statistics = Estatísticas
web-statistics-title = Estatísticas dos pedidos
web-statistics-country = País (vazio: todos os países)
web-statistics-show = Mostrar
web-statistics-days = dias
web-statistics-percent = percentagem
web-statistics-who = País ou autoridade
web-statistics-band = Apreciação
web-statistics-counted = Pedidos contabilizados
web-statistics-none = Ainda não há nada a contabilizar.
web-statistics-band-green = Boa
web-statistics-band-yellow = Razoável
web-statistics-band-red = Insuficiente
web-statistics-band-none = Sem apreciação
