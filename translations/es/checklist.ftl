# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Mantenga actualizados los datos generales: denominación informal, descripción, lenguas, contactos y correo electrónico
checklist-competences = Describa las competencias: actividades económicas y ámbitos políticos
checklist-area_keywords = Elija las palabras clave de cada ámbito legislativo
checklist-linked_authorities = Vincule las autoridades relacionadas de su país
checklist-request_coordinators = Vincule a los coordinadores de solicitudes
checklist-departments = Decida qué departamentos utilizan IMI
checklist-substitute_users = Decida cuántos usuarios más necesita (al menos un suplente)
checklist-allocation = Decida si las solicitudes entrantes se asignan a gestores de solicitudes
checklist-roles = Asigne un rol a cada usuario
checklist-register_users = Registre a los usuarios
checklist-tell_user_ids = Comunique a los usuarios sus identificadores de usuario
checklist-users_logged_in = Asegúrese de que los usuarios acceden a IMI
checklist-data_administrator = Coordinadores: decida quién es el administrador de datos
checklist-referral_participation = Coordinadores: decida si participa en las remisiones
checklist-approval = Coordinadores: decida si aprueba las solicitudes y respuestas de las autoridades que coordina
