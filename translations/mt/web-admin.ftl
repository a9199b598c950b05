# The web application: my authority (profile, area settings, users).

web-nav-admin = L-awtorità tiegħi
web-admin-title = L-awtorità tiegħi
web-admin-profile = Profil
web-admin-profile-hint = data ġenerali, kuntatti u kompetenzi, kif jarawhom l-awtoritajiet l-oħra
web-admin-areas = Oqsma leġiżlattivi u l-issettjar tagħhom
web-admin-settings-change = Ara u biddel l-issettjar
web-admin-settings-see = Ara l-issettjar
web-admin-no-areas = L-awtorità tiegħek għad m'għandha l-ebda aċċess għal qasam leġiżlattiv.
web-admin-users = Utenti tal-awtorità tiegħi
web-admin-name = Isem
web-admin-roles = Rwoli
web-admin-register = Irreġistra utent
web-admin-roles-hint = Rwoli: wieħed f'kull linja jew separati b'virgoli, eż. request_handler, jew request_handler@professional-qualifications għal qasam wieħed.
web-admin-register-submit = Irreġistra
web-admin-registered = L-utent huwa rreġistrat bl-ID tal-utent { $user_id }. Għid l-ID lill-utent int stess: qatt ma jintbagħat b'messaġġ elettroniku. Il-password temporanja tintbagħat fl-indirizz elettroniku tal-utent.
