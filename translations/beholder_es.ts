<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Access::AccessPolicy</name>
    <message>
        <source>Signed in as %1: a profile admin changes the sign-in of profile “%2” only.</source>
        <translation>Sesión iniciada como %1: un administrador del perfil solo cambia el inicio de sesión del perfil “%2”.</translation>
    </message>
    <message>
        <source>Profile “%1” has no enabled account that can manage its users (a global admin or a profile admin of it): create one first, or nobody could sign in to administer it.</source>
        <translation>El perfil “%1” no tiene ninguna cuenta habilitada que pueda administrar sus usuarios (un administrador global o un administrador de ese perfil): crear una primero; de lo contrario, nadie podría iniciar sesión para administrarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>no se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>Access::AccountStore</name>
    <message>
        <source>the accounts file could not be used (%1): %2</source>
        <translation>no se pudo usar el archivo de cuentas (%1): %2</translation>
    </message>
    <message>
        <source>the accounts file has schema version %1, newer than this Beholder understands (%2)</source>
        <translation>el archivo de cuentas tiene la versión de esquema %1, más nueva que la que entiende este Beholder (%2)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>a user name is needed</source>
        <translation>se necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>the user name is longer than %1 characters</source>
        <translation>el nombre de usuario supera los %1 caracteres</translation>
    </message>
    <message>
        <source>the user name “%1” has characters other than letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; and &apos;@&apos;</source>
        <translation>el nombre de usuario “%1” tiene caracteres que no son letras, dígitos, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; ni &apos;@&apos;</translation>
    </message>
    <message>
        <source>the password needs at least %1 characters</source>
        <translation>la contraseña necesita al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Nobody is signed in: managing user accounts needs the profile admin role. Sign in first.</source>
        <translation>No hay ninguna sesión iniciada: para administrar cuentas de usuario se requiere el rol de administrador del perfil. Iniciar sesión primero.</translation>
    </message>
    <message>
        <source>Signed in as %1: managing user accounts needs the profile admin role.</source>
        <translation>Sesión iniciada como %1: para administrar cuentas de usuario se requiere el rol de administrador del perfil.</translation>
    </message>
    <message>
        <source>Signed in as %1: only a global admin manages global admin accounts.</source>
        <translation>Sesión iniciada como %1: solo un administrador global administra cuentas de administrador global.</translation>
    </message>
    <message>
        <source>Signed in as %1: a profile admin manages the accounts of profile “%2” only.</source>
        <translation>Sesión iniciada como %1: un administrador del perfil solo administra las cuentas del perfil “%2”.</translation>
    </message>
    <message>
        <source>“%1” is the last enabled global admin: create or enable another one first</source>
        <translation>“%1” es el último administrador global habilitado: crear o habilitar otro primero</translation>
    </message>
    <message>
        <source>a global admin belongs to no profile: it acts on every profile</source>
        <translation>un administrador global no pertenece a ningún perfil: actúa sobre todos los perfiles</translation>
    </message>
    <message>
        <source>only a global admin can have no profile: name the account&apos;s profile</source>
        <translation>solo un administrador global puede no tener perfil: indicar el perfil de la cuenta</translation>
    </message>
    <message>
        <source>there is already a global account “%1”</source>
        <translation>ya existe una cuenta global “%1”</translation>
    </message>
    <message>
        <source>profile “%1” already has an account “%2”</source>
        <translation>el perfil “%1” ya tiene una cuenta “%2”</translation>
    </message>
    <message>
        <source>there is no account “%1”</source>
        <translation>no existe la cuenta “%1”</translation>
    </message>
    <message>
        <source>a global account stays a global admin: create a profile account instead</source>
        <translation>una cuenta global sigue siendo de administrador global: crear en su lugar una cuenta del perfil</translation>
    </message>
    <message>
        <source>a profile account cannot become a global admin: create a global account</source>
        <translation>una cuenta del perfil no puede pasar a ser de administrador global: crear una cuenta global</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>account disabled: ask an admin to enable it</source>
        <translation>cuenta deshabilitada: pedir a un administrador que la habilite</translation>
    </message>
    <message>
        <source>no profile named</source>
        <translation>no se indicó ningún perfil</translation>
    </message>
    <message>
        <source>Signed in as %1: renaming or deleting profile “%2” needs its profile admin role.</source>
        <translation>Sesión iniciada como %1: para renombrar o eliminar el perfil “%2” se requiere el rol de administrador de ese perfil.</translation>
    </message>
</context>
<context>
    <name>Access::AuditCsv</name>
    <message>
        <source>the CSV could not be written: %1</source>
        <translation>no se pudo escribir el CSV: %1</translation>
    </message>
</context>
<context>
    <name>Access::AuditLog</name>
    <message>
        <source>done</source>
        <translation>realizado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>denegado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>la caché no está abierta</translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation>no se pudo leer el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>Access::Authorization</name>
    <message>
        <source>Nobody is signed in: %1 needs the %2 role. Sign in first.</source>
        <translation>No hay ninguna sesión iniciada: para %1 se requiere el rol de %2. Iniciar sesión primero.</translation>
    </message>
    <message>
        <source>Signed in as %1: %2 needs the %3 role.</source>
        <translation>Sesión iniciada como %1: para %2 se requiere el rol de %3.</translation>
    </message>
</context>
<context>
    <name>Access::Permission</name>
    <message>
        <source>View customers</source>
        <translation>Ver clientes</translation>
    </message>
    <message>
        <source>looking up customers</source>
        <translation>buscar clientes</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnosticar</translation>
    </message>
    <message>
        <source>diagnosing a line</source>
        <translation>diagnosticar una línea</translation>
    </message>
    <message>
        <source>Watch live traffic</source>
        <translation>Ver el tráfico en vivo</translation>
    </message>
    <message>
        <source>watching live traffic</source>
        <translation>ver el tráfico en vivo</translation>
    </message>
    <message>
        <source>Run a sync</source>
        <translation>Ejecutar una sincronización</translation>
    </message>
    <message>
        <source>running a sync</source>
        <translation>ejecutar una sincronización</translation>
    </message>
    <message>
        <source>Reboot customer equipment</source>
        <translation>Reiniciar equipos de clientes</translation>
    </message>
    <message>
        <source>rebooting customer equipment</source>
        <translation>reiniciar equipos de clientes</translation>
    </message>
    <message>
        <source>Edit the triage thresholds</source>
        <translation>Editar los umbrales de triage</translation>
    </message>
    <message>
        <source>editing the triage thresholds</source>
        <translation>editar los umbrales de triage</translation>
    </message>
    <message>
        <source>Administer SNMP monitoring</source>
        <translation>Administrar el monitoreo SNMP</translation>
    </message>
    <message>
        <source>administering SNMP monitoring</source>
        <translation>administrar el monitoreo SNMP</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s settings</source>
        <translation>Editar la configuración del perfil</translation>
    </message>
    <message>
        <source>editing the profile&apos;s settings</source>
        <translation>editar la configuración del perfil</translation>
    </message>
    <message>
        <source>Manage user accounts</source>
        <translation>Administrar cuentas de usuario</translation>
    </message>
    <message>
        <source>managing user accounts</source>
        <translation>administrar cuentas de usuario</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Ver el registro de auditoría</translation>
    </message>
    <message>
        <source>viewing the audit log</source>
        <translation>ver el registro de auditoría</translation>
    </message>
    <message>
        <source>Rename or delete the profile</source>
        <translation>Renombrar o eliminar el perfil</translation>
    </message>
    <message>
        <source>renaming or deleting the profile</source>
        <translation>renombrar o eliminar el perfil</translation>
    </message>
    <message>
        <source>Create profiles</source>
        <translation>Crear perfiles</translation>
    </message>
    <message>
        <source>creating a profile</source>
        <translation>crear un perfil</translation>
    </message>
</context>
<context>
    <name>Access::Principal</name>
    <message>
        <source>nobody (not signed in)</source>
        <translation>nadie (sin sesión iniciada)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Access::Role</name>
    <message>
        <source>Global admin</source>
        <translation>Administrador global</translation>
    </message>
    <message>
        <source>global admin</source>
        <translation>administrador global</translation>
    </message>
    <message>
        <source>Everything, on every profile, including the accounts of other admins.</source>
        <translation>Todo, en todos los perfiles, incluidas las cuentas de otros administradores.</translation>
    </message>
    <message>
        <source>Profile admin</source>
        <translation>Administrador del perfil</translation>
    </message>
    <message>
        <source>profile admin</source>
        <translation>administrador del perfil</translation>
    </message>
    <message>
        <source>Everything within this profile: settings, thresholds, SNMP, accounts and the audit log.</source>
        <translation>Todo dentro de este perfil: configuración, umbrales, SNMP, cuentas y registro de auditoría.</translation>
    </message>
    <message>
        <source>Operator (NOC)</source>
        <translation>Operador (NOC)</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>Looks up customers, diagnoses, watches live traffic, syncs and reboots customer equipment.</source>
        <translation>Busca clientes, diagnostica, ve el tráfico en vivo, sincroniza y reinicia equipos de clientes.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>Looks up customers, diagnoses, watches live traffic and syncs.</source>
        <translation>Busca clientes, diagnostica, ve el tráfico en vivo y sincroniza.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Solo consulta</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>solo consulta</translation>
    </message>
    <message>
        <source>Looks up customers and diagnoses.</source>
        <translation>Busca clientes y diagnostica.</translation>
    </message>
</context>
<context>
    <name>Beholder::AboutDialog</name>
    <message>
        <source>About Beholder</source>
        <translation>Acerca de Beholder</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Find any customer in milliseconds and see in one screen what is wrong with their fibre or wireless service.</source>
        <translation>Encontrar cualquier cliente en milisegundos y ver en una sola pantalla qué falla en su servicio de fibra o inalámbrico.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2), platform “%3”</source>
        <translation>%1 (compilado con %2), plataforma “%3”</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Compilación:</translation>
    </message>
    <message>
        <source>Profiles, caches, settings and logs are kept here; secrets are not.</source>
        <translation>Aquí se guardan los perfiles, las cachés, la configuración y los registros; los secretos no.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2). &lt;a href=&quot;%3&quot;&gt;Source code and issues&lt;/a&gt;.</source>
        <translation>Software libre bajo la &lt;a href=&quot;%1&quot;&gt;Licencia Pública General de GNU&lt;/a&gt;, versión 3 o posterior (%2). &lt;a href=&quot;%3&quot;&gt;Código fuente e incidencias&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>windows, networking, the SQL cache, charts</source>
        <translation>ventanas, red, la caché SQL, gráficos</translation>
    </message>
    <message>
        <source>secrets in the system keychain</source>
        <translation>secretos en el llavero del sistema</translation>
    </message>
    <message>
        <source>SNMP polling of OLTs</source>
        <translation>sondeo SNMP de OLTs</translation>
    </message>
    <message>
        <source>the local cache and its search index</source>
        <translation>la caché local y su índice de búsqueda</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <source>TLS for HTTPS and the RouterOS API</source>
        <translation>TLS para HTTPS y la API de RouterOS</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Componentes de terceros</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Copiar información de versión</translation>
    </message>
    <message>
        <source>Copy the version, Qt, build, system and data folder, to paste in a bug report</source>
        <translation>Copiar la versión, Qt, la compilación, el sistema y la carpeta de datos, para pegarlos en un reporte de error</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Beholder::AccountFormDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Optional: the person&apos;s full name</source>
        <translation>Opcional: el nombre completo de la persona</translation>
    </message>
    <message>
        <source>%1 (every profile)</source>
        <translation>%1 (todos los perfiles)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Type the user name people sign in with.</source>
        <translation>Escribir el nombre de usuario con el que se inicia sesión.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>Beholder::AccountsModel</name>
    <message>
        <source>Every profile</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>This profile</source>
        <translation>Este perfil</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitada</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>Beholder::AccountsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Restablecer contra&amp;seña…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Read-only: %1 Ask a profile admin to change accounts.</source>
        <translation>Solo lectura: %1 Pedir a un administrador del perfil que modifique las cuentas.</translation>
    </message>
    <message>
        <source>nobody is signed in.</source>
        <translation>no hay ninguna sesión iniciada.</translation>
    </message>
    <message>
        <source>you are signed in as %1, and managing accounts needs the profile admin role.</source>
        <translation>la sesión está iniciada como %1, y para administrar cuentas se requiere el rol de administrador del perfil.</translation>
    </message>
    <message>
        <source>Require &amp;sign-in on this profile</source>
        <translation>Requerir &amp;inicio de sesión en este perfil</translation>
    </message>
    <message>
        <source>Without it, whoever runs Beholder on this computer acts as this profile&apos;s admin. Turning it on needs an enabled profile admin or global admin account.</source>
        <translation>Sin esta opción, quien ejecute Beholder en esta computadora actúa como administrador de este perfil. Para activarla se necesita una cuenta habilitada de administrador del perfil o de administrador global.</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>No se pudieron leer las cuentas: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>Cuenta “%1” creada.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” ahora tiene el rol de %2.</translation>
    </message>
    <message>
        <source>The password of “%1” was reset.</source>
        <translation>Se restableció la contraseña de “%1”.</translation>
    </message>
    <message>
        <source>“%1” is disabled: it can no longer sign in.</source>
        <translation>La cuenta “%1” está deshabilitada: ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>“%1” is enabled again.</source>
        <translation>La cuenta “%1” está habilitada de nuevo.</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>Cuenta “%1” eliminada.</translation>
    </message>
    <message>
        <source>Profile “%1” now requires signing in. It takes effect the next time it opens.</source>
        <translation>El perfil “%1” ahora requiere iniciar sesión. Se aplica la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Profile “%1” no longer requires signing in.</source>
        <translation>El perfil “%1” ya no requiere iniciar sesión.</translation>
    </message>
    <message>
        <source>A global account stays a global admin; create a profile account instead.</source>
        <translation>Una cuenta global sigue siendo de administrador global; crear en su lugar una cuenta del perfil.</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role of “%1” on this profile:</source>
        <translation>Rol de “%1” en este perfil:</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove the account “%1”? It can no longer sign in; the audit log keeps what it did.</source>
        <translation>¿Eliminar la cuenta “%1”? Ya no podrá iniciar sesión; el registro de auditoría conserva lo que hizo.</translation>
    </message>
    <message>
        <source>The people who sign in to profile “%1”, and the global admins, who sign in to every profile. A role decides what each may do; Beholder checks it on every action.</source>
        <translation>Las personas que inician sesión en el perfil “%1” y los administradores globales, que inician sesión en todos los perfiles. El rol determina qué puede hacer cada uno; Beholder lo verifica en cada acción.</translation>
    </message>
</context>
<context>
    <name>Beholder::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Beholder::AuditLogWindow</name>
    <message>
        <source>Audit Log — %1</source>
        <translation>Registro de auditoría — %1</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the log again, with the rows written since</source>
        <translation>Volver a leer el registro, con las filas escritas desde entonces</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the rows the filters select to a CSV file for a spreadsheet</source>
        <translation>Escribir las filas que seleccionan los filtros en un archivo CSV para una planilla de cálculo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Search user, target and details</source>
        <translation>Buscar en usuario, objeto y detalles</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Sign-in requirement</source>
        <translation>Requisito de inicio de sesión</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Configuración del perfil</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>SNMP administration</source>
        <translation>Administración de SNMP</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Sincronizaciones</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 de %n entrada mostrada</numerusform>
            <numerusform>%1 de %n entradas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entrada exportada a %1.</numerusform>
            <numerusform>%n entradas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
</context>
<context>
    <name>Beholder::BackgroundTaskWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the background work; the data already cached stays as it was</source>
        <translation>Detener el trabajo en segundo plano; los datos ya guardados en la caché quedan como estaban</translation>
    </message>
</context>
<context>
    <name>Beholder::CacheStatusWidget</name>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>cache unreadable: %1</source>
        <translation>caché ilegible: %1</translation>
    </message>
    <message>
        <source>no cached data</source>
        <translation>sin datos en caché</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>data %1</source>
        <translation>datos %1</translation>
    </message>
    <message>
        <source>The data is more than a day old: sync to refresh it.</source>
        <translation>Los datos tienen más de un día: sincronizar para actualizarlos.</translation>
    </message>
    <message>
        <source>%1 connections, %2 PPP secrets, %3 routers, %4 OLTs, %5 ONUs, %6 access points, %7 antennas</source>
        <translation>%1 conexiones, %2 secrets PPP, %3 routers, %4 OLTs, %5 ONUs, %6 puntos de acceso, %7 antenas</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizada</translation>
    </message>
    <message>
        <source> (last run: %1)</source>
        <translation> (última ejecución: %1)</translation>
    </message>
</context>
<context>
    <name>Beholder::ConnectionProbe</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>all steps passed in %1 ms</source>
        <translation>todos los pasos superados en %1 ms</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>not tried: %1 failed</source>
        <translation>no se intentó: %1 falló</translation>
    </message>
    <message>
        <source>the name server did not answer for %1 within %2 s</source>
        <translation>el servidor de nombres no respondió por %1 en %2 s</translation>
    </message>
    <message>
        <source>no answer from %1:%2 within %3 s (a firewall may be dropping the packets)</source>
        <translation>sin respuesta de %1:%2 en %3 s (puede que un firewall esté descartando los paquetes)</translation>
    </message>
    <message>
        <source>TLS: the handshake with %1:%2 did not complete within %3 s (does this port speak TLS?)</source>
        <translation>TLS: el handshake con %1:%2 no se completó en %3 s (¿este puerto usa TLS?)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>%1 is an IP address: nothing to resolve</source>
        <translation>%1 es una dirección IP: no hay nada que resolver</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>no se encontró el host %1 (DNS)</translation>
    </message>
    <message>
        <source>the host %1 could not be looked up (DNS): %2</source>
        <translation>no se pudo resolver el host %1 (DNS): %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 se resuelve en %2</translation>
    </message>
    <message>
        <source>connected to %1 port %2</source>
        <translation>conectado a %1, puerto %2</translation>
    </message>
    <message>
        <source>the plain API (not API-SSL): nothing is encrypted, the password travels in clear</source>
        <translation>la API sin cifrar (no API-SSL): nada va cifrado, la contraseña viaja en texto plano</translation>
    </message>
    <message>
        <source>plain HTTP: nothing is encrypted</source>
        <translation>HTTP plano: nada va cifrado</translation>
    </message>
    <message>
        <source>the certificate does not verify but is pinned by the TLS exception added %1 (SHA-256 %2, %3, valid until %4)</source>
        <translation>el certificado no se verifica, pero está fijado por la excepción TLS agregada el %1 (SHA-256 %2, %3, válido hasta el %4)</translation>
    </message>
    <message>
        <source>certificate verified: %1, issued by %2, valid until %3</source>
        <translation>certificado verificado: %1, emitido por %2, válido hasta el %3</translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens on that port, or a firewall rejects it)</source>
        <translation>%1 rechazó la conexión (nada escucha en ese puerto o un firewall la rechaza)</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 no es accesible: %2</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>no se pudo conectar a %1: %2</translation>
    </message>
    <message>
        <source>TLS: the handshake with %1 failed: %2</source>
        <translation>TLS: falló el handshake con %1: %2</translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>sesión iniciada como %1</translation>
    </message>
    <message numerus="yes">
        <source>customers_list answered (%n customer(s) on a first page of 1)</source>
        <translation>
            <numerusform>customers_list respondió (%n cliente en una primera página de tamaño 1)</numerusform>
            <numerusform>customers_list respondió (%n clientes en una primera página de tamaño 1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the API token (X-Token) was accepted</source>
        <translation>se aceptó el token de la API (X-Token)</translation>
    </message>
    <message numerus="yes">
        <source>system/get_olts answered (%n OLT(s))</source>
        <translation>
            <numerusform>system/get_olts respondió (%n OLT)</numerusform>
            <numerusform>system/get_olts respondió (%n OLTs)</numerusform>
        </translation>
    </message>
    <message>
        <source>an OAuth2 token was issued to client %1</source>
        <translation>se emitió un token OAuth2 para el cliente %1</translation>
    </message>
    <message numerus="yes">
        <source>alarms answered (%n alarm(s) on a first page of 1)</source>
        <translation>
            <numerusform>alarms respondió (%n alarma en una primera página de tamaño 1)</numerusform>
            <numerusform>alarms respondió (%n alarmas en una primera página de tamaño 1)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a source with an address of its own</source>
        <translation>no es una fuente con dirección propia</translation>
    </message>
    <message>
        <source>/system/resource/print answered: RouterOS %1 on %2</source>
        <translation>/system/resource/print respondió: RouterOS %1 en %2</translation>
    </message>
    <message>
        <source>the routers are tested one by one, each at its own address</source>
        <translation>los routers se prueban uno por uno, cada uno en su propia dirección</translation>
    </message>
    <message>
        <source>the address is missing or invalid</source>
        <translation>falta la dirección o no es válida</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>Beholder::ConnectionTestView</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>no se intentó</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Host</source>
        <translation>Confiar en este certificado para este host</translation>
    </message>
    <message>
        <source>Accepts exactly this certificate (by its SHA-256 fingerprint) for this host and port. If the server later shows another certificate, it is refused again.</source>
        <translation>Acepta exactamente este certificado (por su huella SHA-256) para este host y puerto. Si más adelante el servidor presenta otro certificado, se vuelve a rechazar.</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Todavía no se probó.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate presented by %1:%2&lt;/b&gt;&lt;br&gt;Subject: %3&lt;br&gt;Issuer: %4&lt;br&gt;Valid until: %5&lt;br&gt;SHA-256: &lt;tt&gt;%6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Certificado presentado por %1:%2&lt;/b&gt;&lt;br&gt;Sujeto: %3&lt;br&gt;Emisor: %4&lt;br&gt;Válido hasta: %5&lt;br&gt;SHA-256: &lt;tt&gt;%6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;This host&apos;s certificate changed.&lt;/b&gt; The trusted one was &lt;tt&gt;%1&lt;/tt&gt;. Trust the new one only if you know why it changed.</source>
        <translation>&lt;br&gt;&lt;b&gt;El certificado de este host cambió.&lt;/b&gt; El de confianza era &lt;tt&gt;%1&lt;/tt&gt;. Confiar en el nuevo solo si se sabe por qué cambió.</translation>
    </message>
</context>
<context>
    <name>Beholder::CredentialStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid secret name: use 1 to %2 characters among letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot; no es un nombre de secreto válido: usar de 1 a %2 caracteres entre letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>The secret contains a NUL character, which the OS keychain cannot store</source>
        <translation>El secreto contiene un carácter NUL, que el llavero del sistema no puede guardar</translation>
    </message>
    <message>
        <source>The secret is longer than %1 bytes</source>
        <translation>El secreto supera los %1 bytes</translation>
    </message>
    <message>
        <source>No secret &quot;%1&quot; is stored for profile %2.</source>
        <translation>No hay ningún secreto &quot;%1&quot; guardado para el perfil %2.</translation>
    </message>
    <message>
        <source>No OS keychain is available (Secret Service / KWallet not running): Beholder cannot store or read passwords for profile %1.</source>
        <translation>No hay ningún llavero del sistema disponible (Secret Service / KWallet no está en ejecución): Beholder no puede guardar ni leer contraseñas del perfil %1.</translation>
    </message>
    <message>
        <source>No OS keychain is available: Beholder cannot store or read passwords for profile %1.</source>
        <translation>No hay ningún llavero del sistema disponible: Beholder no puede guardar ni leer contraseñas del perfil %1.</translation>
    </message>
    <message>
        <source>The OS keychain refused access to the passwords of profile %1 (it is locked or access was denied): unlock it and try again.</source>
        <translation>El llavero del sistema rechazó el acceso a las contraseñas del perfil %1 (está bloqueado o se denegó el acceso): desbloquearlo y volver a intentar.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s for profile %2 (is an unlock prompt waiting?).</source>
        <translation>El llavero del sistema no respondió en %1 s para el perfil %2 (¿hay un pedido de desbloqueo esperando?).</translation>
    </message>
    <message>
        <source>The OS keychain failed for profile %1: %2</source>
        <translation>Falló el llavero del sistema para el perfil %1: %2</translation>
    </message>
</context>
<context>
    <name>Beholder::CustomerPanel</name>
    <message>
        <source>Customer details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>Loading the details…</source>
        <translation>Cargando los datos…</translation>
    </message>
    <message>
        <source>Search for a customer, then pick a result to see everything about their service here.

Ctrl+K  search    ·    ↓  results    ·    Enter  open</source>
        <translation>Buscar un cliente y elegir un resultado para ver aquí todo sobre su servicio.

Ctrl+K  buscar    ·    ↓  resultados    ·    Enter  abrir</translation>
    </message>
    <message>
        <source>CRM status: %1</source>
        <translation>Estado en el CRM: %1</translation>
    </message>
    <message>
        <source>Not in CRM</source>
        <translation>No está en el CRM</translation>
    </message>
    <message>
        <source>The PPPoE user exists on a router but no CRM connection names it</source>
        <translation>El usuario PPPoE existe en un router, pero ninguna conexión del CRM lo menciona</translation>
    </message>
    <message>
        <source>CRM ≠ router</source>
        <translation>CRM ≠ router</translation>
    </message>
    <message>
        <source>The CRM names another router than the one that holds the PPP secret</source>
        <translation>El CRM indica un router distinto del que tiene el secret PPP</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>DNI/CUIT %1</source>
        <translation>DNI/CUIT %1</translation>
    </message>
    <message>
        <source>PPPoE %1</source>
        <translation>PPPoE %1</translation>
    </message>
    <message>
        <source>ONU %1</source>
        <translation>ONU %1</translation>
    </message>
    <message>
        <source>Antenna %1</source>
        <translation>Antena %1</translation>
    </message>
    <message>
        <source>checking %1…</source>
        <translation>consultando %1…</translation>
    </message>
    <message>
        <source>%1 failed. The values below are from the cache.</source>
        <translation>%1 falló. Los valores de abajo son de la caché.</translation>
    </message>
    <message>
        <source>%1 failed: %2. The values below are from the cache.</source>
        <translation>%1 falló: %2. Los valores de abajo son de la caché.</translation>
    </message>
    <message>
        <source>%1 answered but knows nothing about this device; the values below are from the cache.</source>
        <translation>%1 respondió, pero no sabe nada de este equipo; los valores de abajo son de la caché.</translation>
    </message>
    <message>
        <source>%1 answered without data (%2); the values below are from the cache.</source>
        <translation>%1 respondió sin datos (%2); los valores de abajo son de la caché.</translation>
    </message>
    <message>
        <source>No CRM connection or PPP secret points to this ONU. If the customer&apos;s own router dials PPPoE (a bridged ONU), search for the customer&apos;s name or address to find their connection.</source>
        <translation>Ninguna conexión del CRM ni secret PPP apunta a esta ONU. Si el PPPoE lo levanta el router del propio cliente (ONU en bridge), buscar el nombre o la dirección del cliente para encontrar su conexión.</translation>
    </message>
    <message>
        <source>No CRM connection or PPP secret points to this antenna. Search for the customer&apos;s name or address to find their connection.</source>
        <translation>Ninguna conexión del CRM ni secret PPP apunta a esta antena. Buscar el nombre o la dirección del cliente para encontrar su conexión.</translation>
    </message>
    <message>
        <source>Part of the cache could not be read, so some sections may be missing: %1</source>
        <translation>No se pudo leer parte de la caché, así que pueden faltar algunas secciones: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation>debe %1</translation>
    </message>
    <message>
        <source>no debt</source>
        <translation>sin deuda</translation>
    </message>
    <message>
        <source>   (CRM: %1)</source>
        <translation>   (CRM: %1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>PPPoE user</source>
        <translation>Usuario PPPoE</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation>no está en la caché</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Dirección del servicio</translation>
    </message>
    <message>
        <source>Open this connection</source>
        <translation>Abrir esta conexión</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Otros servicios</translation>
    </message>
    <message>
        <source>This customer has no connection in the CRM.</source>
        <translation>Este cliente no tiene ninguna conexión en el CRM.</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>router %1</source>
        <translation>router %1</translation>
    </message>
    <message>
        <source>Not in CRM: the PPPoE user “%1” exists on %2, but no CRM connection names it. Diagnose the line as usual, and have the CRM fixed.</source>
        <translation>No está en el CRM: el usuario PPPoE “%1” existe en %2, pero ninguna conexión del CRM lo menciona. Diagnosticar la línea como siempre y pedir que se corrija el CRM.</translation>
    </message>
    <message>
        <source>CRM and router disagree: the CRM says %1, but the PPP secret is on %2.</source>
        <translation>El CRM y el router no coinciden: el CRM indica %1, pero el secret PPP está en %2.</translation>
    </message>
    <message>
        <source>another router</source>
        <translation>otro router</translation>
    </message>
    <message>
        <source>No router holds a PPP secret for “%1”: the customer cannot connect with this user.</source>
        <translation>Ningún router tiene un secret PPP para “%1”: el cliente no puede conectarse con este usuario.</translation>
    </message>
    <message numerus="yes">
        <source>The PPPoE user is configured on %n routers.</source>
        <translation>
            <numerusform>El usuario PPPoE está configurado en %n router.</numerusform>
            <numerusform>El usuario PPPoE está configurado en %n routers.</numerusform>
        </translation>
    </message>
    <message>
        <source>CRM node</source>
        <translation>Nodo en el CRM</translation>
    </message>
    <message>
        <source>%1   (as the CRM says)</source>
        <translation>%1   (según el CRM)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Caller-ID</source>
        <translation>Caller-ID</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Dirección remota</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Disabled on the router</source>
        <translation>Deshabilitado en el router</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Last logged out</source>
        <translation>Último cierre de sesión</translation>
    </message>
    <message>
        <source>Fibre</source>
        <translation>Fibra</translation>
    </message>
    <message>
        <source>SmartOLT</source>
        <translation>SmartOLT</translation>
    </message>
    <message>
        <source>ONU serial</source>
        <translation>Serie de la ONU</translation>
    </message>
    <message>
        <source>ONU model</source>
        <translation>Modelo de la ONU</translation>
    </message>
    <message>
        <source>ONU name</source>
        <translation>Nombre de la ONU</translation>
    </message>
    <message>
        <source>OLT</source>
        <translation>OLT</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>OLT frame/board/port:ONU index</source>
        <translation>OLT chasis/placa/puerto:índice de ONU</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>cambió %1</translation>
    </message>
    <message>
        <source>Last down cause</source>
        <translation>Última causa de caída</translation>
    </message>
    <message>
        <source>ok from %1 to %2 dBm; weak to %3 dBm; below that, or above %1 dBm, a technician is needed</source>
        <translation>ok de %1 a %2 dBm; débil hasta %3 dBm; por debajo de eso, o por encima de %1 dBm, hace falta un técnico</translation>
    </message>
    <message>
        <source>no reading (ONU offline)</source>
        <translation>sin lectura (ONU fuera de línea)</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>sin lectura</translation>
    </message>
    <message>
        <source>ONU Rx</source>
        <translation>ONU Rx</translation>
    </message>
    <message>
        <source>OLT Rx</source>
        <translation>OLT Rx</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>No ONU in the cache is configured with the PPPoE user “%1”.</source>
        <translation>Ninguna ONU de la caché está configurada con el usuario PPPoE “%1”.</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Inalámbrico</translation>
    </message>
    <message>
        <source>cnMaestro</source>
        <translation>cnMaestro</translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation>Antena</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fuera de línea</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <source>Tower</source>
        <translation>Torre</translation>
    </message>
    <message>
        <source>Antennas on the AP</source>
        <translation>Antenas en el AP</translation>
    </message>
    <message>
        <source>%1 (not in the cache)</source>
        <translation>%1 (no está en la caché)</translation>
    </message>
    <message>
        <source>ok down to %1 dBm; weak down to %2 dBm</source>
        <translation>ok hasta %1 dBm; débil hasta %2 dBm</translation>
    </message>
    <message>
        <source>ok from %1 dB; weak down to %2 dB</source>
        <translation>ok desde %1 dB; débil hasta %2 dB</translation>
    </message>
    <message>
        <source>RSSI down</source>
        <translation>RSSI de bajada</translation>
    </message>
    <message>
        <source>RSSI up</source>
        <translation>RSSI de subida</translation>
    </message>
    <message>
        <source>SNR down</source>
        <translation>SNR de bajada</translation>
    </message>
    <message>
        <source>SNR up</source>
        <translation>SNR de subida</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>no reading (antenna offline)</source>
        <translation>sin lectura (antena fuera de línea)</translation>
    </message>
    <message>
        <source>No antenna in the cache matches this connection&apos;s MAC or PPPoE user.</source>
        <translation>Ninguna antena de la caché coincide con la MAC o el usuario PPPoE de esta conexión.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>No open tickets</source>
        <translation>Sin tickets abiertos</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>abierto %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>generada %1</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarma</translation>
    </message>
    <message>
        <source>The cache has nothing more about this result: it may have been removed by the last sync. Search again.</source>
        <translation>La caché no tiene nada más sobre este resultado: puede que la última sincronización lo haya eliminado. Volver a buscar.</translation>
    </message>
    <message>
        <source>PPPoE session</source>
        <translation>Sesión PPPoE</translation>
    </message>
    <message>
        <source>the router</source>
        <translation>el router</translation>
    </message>
    <message>
        <source>for %1, since %2</source>
        <translation>desde hace %1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>The MAC address of the customer&apos;s router, as the PPPoE server sees it</source>
        <translation>La dirección MAC del router del cliente, tal como la ve el servidor PPPoE</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Caída</translation>
    </message>
    <message>
        <source>no PPPoE session of “%1” on %2</source>
        <translation>no hay sesión PPPoE de “%1” en %2</translation>
    </message>
    <message>
        <source>Asking %1 whether “%2” is connected…</source>
        <translation>Consultando a %1 si “%2” está conectado…</translation>
    </message>
    <message>
        <source>%1 failed: the session is unknown.</source>
        <translation>%1 falló: no se conoce el estado de la sesión.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>unknown: the router did not answer</source>
        <translation>desconocido: el router no respondió</translation>
    </message>
    <message>
        <source>%1 answered but knows nothing about “%2”.</source>
        <translation>%1 respondió, pero no sabe nada de “%2”.</translation>
    </message>
    <message>
        <source>%1 answered without data: %2</source>
        <translation>%1 respondió sin datos: %2</translation>
    </message>
    <message>
        <source>The session is not checked: no router of this profile is asked about “%1”.</source>
        <translation>La sesión no se verifica: no se consulta a ningún router de este perfil por “%1”.</translation>
    </message>
    <message>
        <source>The session is not checked: %1.</source>
        <translation>La sesión no se verifica: %1.</translation>
    </message>
    <message>
        <source>Offline: the session cannot be checked now.</source>
        <translation>Fuera de línea: la sesión no se puede verificar ahora.</translation>
    </message>
    <message>
        <source>%1 answered without a session record.</source>
        <translation>%1 respondió sin un registro de sesión.</translation>
    </message>
    <message>
        <source>No router is asked about this user.</source>
        <translation>No se consulta a ningún router por este usuario.</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last hour</source>
        <translation>
            <numerusform>%n en la última hora</numerusform>
            <numerusform>%n en la última hora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in 24 h</source>
        <translation>
            <numerusform>%n en 24 h</numerusform>
            <numerusform>%n en 24 h</numerusform>
        </translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>Session starts</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2</source>
        <translation>↓ %1   ↑ %2</translation>
    </message>
    <message>
        <source>   ·   %1 % of the plan</source>
        <translation>   ·   %1 % del plan</translation>
    </message>
    <message>
        <source>Traffic now</source>
        <translation>Tráfico actual</translation>
    </message>
</context>
<context>
    <name>Beholder::DeleteProfileDialog</name>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete profile “%1”? Its cache, settings and logs, the secrets it keeps in the keychain and its accounts go for good. This cannot be undone.</source>
        <translation>¿Eliminar el perfil “%1”? Su caché, su configuración y sus registros, los secretos que guarda en el llavero y sus cuentas se eliminan definitivamente. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Type the profile&apos;s name to confirm:</source>
        <translation>Escribir el nombre del perfil para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
</context>
<context>
    <name>Beholder::DemoIsp</name>
    <message>
        <source>Starting the simulated ISP (%1 customers)…</source>
        <translation>Iniciando el ISP simulado (%1 clientes)…</translation>
    </message>
    <message>
        <source>the simulated ISP did not start: %1</source>
        <translation>el ISP simulado no arrancó: %1</translation>
    </message>
    <message>
        <source>Starting the demo&apos;s OLTs over SNMP…</source>
        <translation>Iniciando las OLTs SNMP de la demostración…</translation>
    </message>
    <message>
        <source>the simulated ISP&apos;s sources could not be saved: %1</source>
        <translation>no se pudieron guardar las fuentes del ISP simulado: %1</translation>
    </message>
    <message>
        <source>Storing the demo&apos;s credentials in the OS keychain…</source>
        <translation>Guardando las credenciales de la demostración en el llavero del sistema…</translation>
    </message>
    <message>
        <source>No OS keychain: the demo&apos;s throw-away credentials are kept in memory for this session.</source>
        <translation>No hay llavero del sistema: las credenciales descartables de la demostración se guardan en memoria durante esta sesión.</translation>
    </message>
    <message>
        <source>The demo&apos;s throw-away credentials are kept in memory for this session. %1</source>
        <translation>Las credenciales descartables de la demostración se guardan en memoria durante esta sesión. %1</translation>
    </message>
    <message>
        <source>the simulated ISP&apos;s certificate could not be trusted: %1</source>
        <translation>no se pudo confiar en el certificado del ISP simulado: %1</translation>
    </message>
</context>
<context>
    <name>Beholder::DetailSection</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked live from %1 during this diagnosis</source>
        <translation>Consultado en vivo a %1 durante este diagnóstico</translation>
    </message>
    <message>
        <source>This data is more than a day old: it may have changed since.</source>
        <translation>Estos datos tienen más de un día: pueden haber cambiado desde entonces.</translation>
    </message>
    <message>
        <source>When this data was fetched from its source (the cache, as of the last sync)</source>
        <translation>Cuándo se obtuvieron estos datos de su fuente (la caché, según la última sincronización)</translation>
    </message>
    <message>
        <source>Who said it, and when</source>
        <translation>Quién lo informó y cuándo</translation>
    </message>
</context>
<context>
    <name>Beholder::Diagnosis::DiagnosisService</name>
    <message>
        <source>No connection or router secret has the PPPoE user &quot;%1&quot; in the cache.</source>
        <translation>Ninguna conexión ni secret de router tiene el usuario PPPoE &quot;%1&quot; en la caché.</translation>
    </message>
    <message>
        <source>not this line&apos;s equipment</source>
        <translation>no es equipo de esta línea</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no consultado</translation>
    </message>
    <message>
        <source>not configured in this profile</source>
        <translation>no configurado en este perfil</translation>
    </message>
    <message>
        <source>offline: the cache answers alone</source>
        <translation>fuera de línea: responde solo la caché</translation>
    </message>
    <message>
        <source>%1 (RouterOS)</source>
        <translation>%1 (RouterOS)</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>SmartOLT</source>
        <translation>SmartOLT</translation>
    </message>
    <message>
        <source>cnMaestro</source>
        <translation>cnMaestro</translation>
    </message>
    <message>
        <source>no credentials in the keychain (%1)</source>
        <translation>no hay credenciales en el llavero (%1)</translation>
    </message>
    <message>
        <source>part of the answer came too late</source>
        <translation>parte de la respuesta llegó demasiado tarde</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
    </message>
    <message>
        <source>SmartOLT did not answer within %1 s</source>
        <translation>SmartOLT no respondió en %1 s</translation>
    </message>
    <message>
        <source>the ONU&apos;s history (full status) did not come in time</source>
        <translation>el historial de la ONU (estado completo) no llegó a tiempo</translation>
    </message>
    <message>
        <source>cnMaestro did not answer within %1 s</source>
        <translation>cnMaestro no respondió en %1 s</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>La caché no está abierta.</translation>
    </message>
    <message>
        <source>The cache could not be read.</source>
        <translation>No se pudo leer la caché.</translation>
    </message>
    <message>
        <source>no credential store</source>
        <translation>no hay almacén de credenciales</translation>
    </message>
</context>
<context>
    <name>Beholder::DiagnosisPanel</name>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>&amp;Live Traffic</source>
        <translation>&amp;Tráfico en vivo</translation>
    </message>
    <message>
        <source>&amp;Copy Summary</source>
        <translation>&amp;Copiar resumen</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Volver a verificar</translation>
    </message>
    <message>
        <source>Watch this PPPoE user&apos;s traffic second by second, from the router</source>
        <translation>Ver el tráfico de este usuario PPPoE segundo a segundo, desde el router</translation>
    </message>
    <message>
        <source>Put the verdict, findings and key facts on the clipboard, for a ticket</source>
        <translation>Copiar al portapapeles el veredicto, los hallazgos y los datos clave, para un ticket</translation>
    </message>
    <message>
        <source>Ask the live sources again</source>
        <translation>Volver a consultar las fuentes en vivo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 falló</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>checking %1…</source>
        <translation>consultando %1…</translation>
    </message>
    <message>
        <source>Not every source answered, so the verdict rests on fewer facts. %1.</source>
        <translation>No respondieron todas las fuentes, así que el veredicto se basa en menos datos. %1.</translation>
    </message>
    <message>
        <source>Offline: no live source was asked. These findings rest on the cache, as of the last sync.</source>
        <translation>Fuera de línea: no se consultó ninguna fuente en vivo. Estos hallazgos se basan en la caché, según la última sincronización.</translation>
    </message>
    <message>
        <source>Nothing found so far.</source>
        <translation>Nada encontrado por ahora.</translation>
    </message>
    <message>
        <source>Nothing wrong found in what the sources said.</source>
        <translation>No se encontró ningún problema en lo que informaron las fuentes.</translation>
    </message>
    <message>
        <source>What this finding alone calls for</source>
        <translation>Lo que pide este hallazgo por sí solo</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <source>Outage check</source>
        <translation>Verificación de corte</translation>
    </message>
    <message>
        <source>PON port</source>
        <translation>Puerto PON</translation>
    </message>
    <message>
        <source>All %1 ONUs on %2 are up</source>
        <translation>Las %1 ONUs de %2 están activas</translation>
    </message>
    <message>
        <source>%1 of %2 ONUs on %3 down</source>
        <translation>%1 de %2 ONUs de %3 caídas</translation>
    </message>
    <message>
        <source>%1 of %2 ONUs on %3 down since %4</source>
        <translation>%1 de %2 ONUs de %3 caídas desde %4</translation>
    </message>
    <message>
        <source>%1 by LOS</source>
        <translation>%1 por LOS</translation>
    </message>
    <message>
        <source>%1 by power failure</source>
        <translation>%1 por corte de energía</translation>
    </message>
    <message>
        <source>Access point</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <source>The access point %1 itself is down</source>
        <translation>El propio punto de acceso %1 está caído</translation>
    </message>
    <message>
        <source>The access point %1 itself is down since %2</source>
        <translation>El propio punto de acceso %1 está caído desde %2</translation>
    </message>
    <message>
        <source>All %1 antennas on %2 are up</source>
        <translation>Las %1 antenas de %2 están activas</translation>
    </message>
    <message>
        <source>%1 of %2 antennas on %3 down</source>
        <translation>%1 de %2 antenas de %3 caídas</translation>
    </message>
    <message>
        <source>%1 of %2 antennas on %3 down since %4</source>
        <translation>%1 de %2 antenas de %3 caídas desde %4</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 no responde</translation>
    </message>
    <message>
        <source>No wave of dropped sessions on %1 (%2 sessions)</source>
        <translation>Sin caída masiva de sesiones en %1 (%2 sesiones)</translation>
    </message>
    <message>
        <source>%1 of %2 sessions on %3 dropped together</source>
        <translation>%1 de %2 sesiones de %3 caídas a la vez</translation>
    </message>
    <message>
        <source>%1 of %2 sessions on %3 dropped together since %4</source>
        <translation>%1 de %2 sesiones de %3 caídas a la vez desde %4</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculado</translation>
    </message>
    <message>
        <source>router</source>
        <translation>router</translation>
    </message>
    <message>
        <source>OLT over SNMP</source>
        <translation>OLT por SNMP</translation>
    </message>
    <message>
        <source>Offline: the router cannot be asked</source>
        <translation>Fuera de línea: no se puede consultar al router</translation>
    </message>
    <message>
        <source>No router holds a PPP secret for this user</source>
        <translation>Ningún router tiene un secret PPP para este usuario</translation>
    </message>
    <message>
        <source>Live traffic (%1)</source>
        <translation>Tráfico en vivo (%1)</translation>
    </message>
    <message>
        <source>Live traffic (%1): %2</source>
        <translation>Tráfico en vivo (%1): %2</translation>
    </message>
</context>
<context>
    <name>Beholder::InstabilityStrip</name>
    <message>
        <source>The last 24 hours</source>
        <translation>Las últimas 24 horas</translation>
    </message>
    <message>
        <source>ONU down</source>
        <translation>ONU caída</translation>
    </message>
    <message>
        <source>ONU down (%1)</source>
        <translation>ONU caída (%1)</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1 session started%2</source>
        <translation>%1 inicio de sesión%2</translation>
    </message>
    <message>
        <source>%1 session ended%2%3</source>
        <translation>%1 fin de sesión%2%3</translation>
    </message>
    <message>
        <source>%1 ONU down%2%3</source>
        <translation>%1 ONU caída%2%3</translation>
    </message>
    <message>
        <source>%1 ONU back online%2</source>
        <translation>%1 ONU de nuevo en línea%2</translation>
    </message>
    <message>
        <source>Session up since %1; its end is not logged, and it is down now</source>
        <translation>Sesión activa desde %1; su fin no está registrado y ahora está caída</translation>
    </message>
    <message>
        <source>Session up %1 – %2 (%3)</source>
        <translation>Sesión activa %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>no session start</source>
        <translation>ningún inicio de sesión</translation>
    </message>
    <message>
        <source>1 session start</source>
        <translation>1 inicio de sesión</translation>
    </message>
    <message>
        <source>%1 session starts</source>
        <translation>%1 inicios de sesión</translation>
    </message>
    <message>
        <source>ONU never down</source>
        <translation>ONU sin caídas</translation>
    </message>
    <message>
        <source>%1 LOS</source>
        <translation>%1 por LOS</translation>
    </message>
    <message>
        <source>%1 power</source>
        <translation>%1 por energía</translation>
    </message>
    <message>
        <source>ONU down once</source>
        <translation>ONU caída una vez</translation>
    </message>
    <message>
        <source>ONU down %1 times</source>
        <translation>ONU caída %1 veces</translation>
    </message>
    <message>
        <source>no optical history</source>
        <translation>sin historial óptico</translation>
    </message>
    <message>
        <source>Rx %1 dBm</source>
        <translation>Rx %1 dBm</translation>
    </message>
    <message>
        <source>Rx %1 … %2 dBm</source>
        <translation>Rx %1 … %2 dBm</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>ONU</source>
        <translation>ONU</translation>
    </message>
    <message>
        <source>Rx dBm</source>
        <translation>Rx dBm</translation>
    </message>
    <message>
        <source>−24 h</source>
        <translation>−24 h</translation>
    </message>
    <message>
        <source>No PPPoE session now (the router, live)</source>
        <translation>Sin sesión PPPoE ahora (el router, en vivo)</translation>
    </message>
    <message>
        <source>%1 ONU Rx %2 dBm</source>
        <translation>%1 ONU Rx %2 dBm</translation>
    </message>
</context>
<context>
    <name>Beholder::LiveTrafficWindow</name>
    <message>
        <source>Live traffic — %1</source>
        <translation>Tráfico en vivo — %1</translation>
    </message>
    <message>
        <source>The profile&apos;s cache is not open, so the router that holds %1 cannot be found.</source>
        <translation>La caché del perfil no está abierta, así que no se puede encontrar el router que tiene a %1.</translation>
    </message>
    <message>
        <source>Finding the router that holds %1…</source>
        <translation>Buscando el router que tiene a %1…</translation>
    </message>
    <message>
        <source>Cannot look up %1 in the cache: %2</source>
        <translation>No se puede buscar %1 en la caché: %2</translation>
    </message>
    <message>
        <source>Saturated</source>
        <translation>Saturado</translation>
    </message>
    <message>
        <source>At or above %1 % of the plan for at least %2 s: the line is full, not broken.</source>
        <translation>En %1 % del plan o más durante al menos %2 s: la línea está saturada, no rota.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Share of the plan (busier direction)</source>
        <translation>Porcentaje del plan (el sentido más cargado)</translation>
    </message>
    <message>
        <source>↓ Download</source>
        <translation>↓ Bajada</translation>
    </message>
    <message>
        <source>↑ Upload</source>
        <translation>↑ Subida</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Saturated (≥ %1 % for %2 s)</source>
        <translation>Saturado (≥ %1 % durante %2 s)</translation>
    </message>
    <message>
        <source>Plan download</source>
        <translation>Bajada del plan</translation>
    </message>
    <message>
        <source>Plan upload</source>
        <translation>Subida del plan</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Live traffic — %1 on %2</source>
        <translation>Tráfico en vivo — %1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Plan %1: ↓ %2 / ↑ %3 Mbit/s</source>
        <translation>Plan %1: ↓ %2 / ↑ %3 Mbit/s</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Plan speeds unknown (the CRM names no plan with speeds)</source>
        <translation>Velocidades del plan desconocidas (el CRM no indica ningún plan con velocidades)</translation>
    </message>
    <message>
        <source>Not linked in the CRM: found in the router&apos;s PPP secrets; plan speeds unknown</source>
        <translation>No vinculado en el CRM: encontrado en los secrets PPP del router; velocidades del plan desconocidas</translation>
    </message>
    <message>
        <source>the secret is disabled on the router</source>
        <translation>el secret está deshabilitado en el router</translation>
    </message>
    <message>
        <source>the CRM names another router (node %1)</source>
        <translation>el CRM indica otro router (nodo %1)</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No credential store: the password of %1 cannot be read.</source>
        <translation>No hay almacén de credenciales: no se puede leer la contraseña de %1.</translation>
    </message>
    <message>
        <source>Reading the password of %1 from the keychain…</source>
        <translation>Leyendo la contraseña de %1 del llavero…</translation>
    </message>
    <message>
        <source>The keychain has no password for %1 (key %2): set it in the profile&apos;s sources.</source>
        <translation>El llavero no tiene contraseña para %1 (clave %2): configurarla en las fuentes del perfil.</translation>
    </message>
    <message>
        <source>Cannot read the password of %1: %2</source>
        <translation>No se puede leer la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>Waiting for the first sample from %1…</source>
        <translation>Esperando la primera muestra de %1…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>%1 — trying again every second.</source>
        <translation>%1 — se reintenta cada segundo.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>No live traffic.</source>
        <translation>Sin tráfico en vivo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Saturated for %1 s</source>
        <translation>Saturado durante %1 s</translation>
    </message>
    <message>
        <source>%1 (Tools &gt; Settings &gt; Routers)</source>
        <translation>%1 (Herramientas &gt; Configuración &gt; Routers)</translation>
    </message>
</context>
<context>
    <name>Beholder::MainWindow</name>
    <message>
        <source>Diagnosis summary copied to the clipboard</source>
        <translation>Resumen del diagnóstico copiado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Cambiar de &amp;perfil</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Fetch every source of this profile into the cache</source>
        <translation>Traer todas las fuentes de este perfil a la caché</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Show Sync &amp;Panel</source>
        <translation>Mostrar &amp;panel de sincronización</translation>
    </message>
    <message>
        <source>Load or Refresh &amp;Demo ISP…</source>
        <translation>Cargar o actualizar ISP de &amp;demostración…</translation>
    </message>
    <message>
        <source>D&amp;iagnosis</source>
        <translation>D&amp;iagnóstico</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Triage &amp;Thresholds…</source>
        <translation>&amp;Umbrales de triage…</translation>
    </message>
    <message>
        <source>The numbers behind the verdicts of this profile (for administrators)</source>
        <translation>Los valores en los que se basan los veredictos de este perfil (para administradores)</translation>
    </message>
    <message>
        <source>&amp;SNMP Monitoring…</source>
        <translation>Monitoreo &amp;SNMP…</translation>
    </message>
    <message>
        <source>OLTs polled over SNMP: brands, OLTs, OIDs, jobs, executions and ONU data (for administrators)</source>
        <translation>OLTs sondeadas por SNMP: marcas, OLTs, OIDs, tareas, ejecuciones y datos de ONU (para administradores)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Beholder</source>
        <translation>&amp;Acerca de Beholder</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Preparing the sync…</source>
        <translation>Preparando la sincronización…</translation>
    </message>
    <message>
        <source>Nightly sync…</source>
        <translation>Sincronización nocturna…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 sources done</source>
        <translation>Sincronizando: %1 de %2 fuentes listas</translation>
    </message>
    <message>
        <source>Nightly sync not started: %1</source>
        <translation>La sincronización nocturna no se inició: %1</translation>
    </message>
    <message>
        <source>demo credentials in memory</source>
        <translation>credenciales de demostración en memoria</translation>
    </message>
    <message>
        <source>Beholder — %1</source>
        <translation>Beholder — %1</translation>
    </message>
    <message>
        <source>opening the cache…</source>
        <translation>abriendo la caché…</translation>
    </message>
    <message>
        <source>Search for a customer, then pick a result to see everything about their service here.

Ctrl+K  search    ·    ↓  results    ·    Enter  open</source>
        <translation>Buscar un cliente y elegir un resultado para ver aquí todo sobre su servicio.

Ctrl+K  buscar    ·    ↓  resultados    ·    Enter  abrir</translation>
    </message>
    <message>
        <source>cannot open the cache: %1</source>
        <translation>no se puede abrir la caché: %1</translation>
    </message>
    <message>
        <source>The details could not be read from the cache:
%1</source>
        <translation>No se pudieron leer los datos de la caché:
%1</translation>
    </message>
    <message>
        <source>Some triage thresholds in settings.ini were not valid; the defaults are used for them (see the log).</source>
        <translation>Algunos umbrales de triage de settings.ini no eran válidos; para ellos se usan los valores predeterminados (ver el registro).</translation>
    </message>
    <message>
        <source>Switch Profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>The profile cannot be opened: %1</source>
        <translation>No se puede abrir el perfil: %1</translation>
    </message>
    <message>
        <source>The search failed; see the log for details.</source>
        <translation>La búsqueda falló; ver el registro para más detalles.</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation>%1 en %2 ms</translation>
    </message>
    <message>
        <source>   ·   showing the best %1: type more to narrow it down</source>
        <translation>   ·   se muestran los %1 mejores: escribir más para acotar la búsqueda</translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation>Abriendo el perfil…</translation>
    </message>
    <message>
        <source>The cache of profile “%1” cannot be opened:
%2</source>
        <translation>No se puede abrir la caché del perfil “%1”:
%2</translation>
    </message>
    <message>
        <source>The demo ISP is being synced from the simulated ISP…
Search works as soon as the sync is done.</source>
        <translation>El ISP de demostración se está sincronizando desde el ISP simulado…
La búsqueda funciona en cuanto termine la sincronización.</translation>
    </message>
    <message>
        <source>The first sync is running…
Search works as soon as it is done.</source>
        <translation>La primera sincronización está en curso…
La búsqueda funciona en cuanto termine.</translation>
    </message>
    <message>
        <source>No cached data in profile “%1”.
Sync it: Data ▸ Sync Now (Ctrl+Shift+S).</source>
        <translation>No hay datos en caché en el perfil “%1”.
Sincronizarlo: Datos ▸ Sincronizar ahora (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>No cached data in profile “%1”.
Import its sources (beholder-cli profile import), or load the demo ISP (Data ▸ Load or Refresh Demo ISP…).</source>
        <translation>No hay datos en caché en el perfil “%1”.
Importar sus fuentes (beholder-cli profile import) o cargar el ISP de demostración (Datos ▸ Cargar o actualizar ISP de demostración…).</translation>
    </message>
    <message>
        <source>Type to search: a name, DNI/CUIT, phone, address, PPPoE user, ONU serial, MAC or IP.</source>
        <translation>Escribir para buscar: un nombre, DNI/CUIT, teléfono, dirección, usuario PPPoE, serie de ONU, MAC o IP.</translation>
    </message>
    <message>
        <source>The search failed. The cache may be damaged or busy; try again in a moment.</source>
        <translation>La búsqueda falló. La caché puede estar dañada u ocupada; volver a intentar en un momento.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ningún cliente coincide con “%1”.</translation>
    </message>
    <message>
        <source>Triage thresholds saved; they apply from the next diagnosis (F5 re-checks).</source>
        <translation>Umbrales de triage guardados; se aplican desde el próximo diagnóstico (F5 vuelve a verificar).</translation>
    </message>
    <message>
        <source>syncing the demo ISP from the simulated ISP…</source>
        <translation>sincronizando el ISP de demostración desde el ISP simulado…</translation>
    </message>
    <message>
        <source>(no profiles yet)</source>
        <translation>(todavía no hay perfiles)</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>A profile keeps one ISP&apos;s cache, settings and logs apart from the others.
Name (letters, digits, &apos;-&apos; and &apos;_&apos;):</source>
        <translation>Un perfil mantiene la caché, la configuración y los registros de un ISP separados de los demás.
Nombre (letras, dígitos, &apos;-&apos; y &apos;_&apos;):</translation>
    </message>
    <message>
        <source>“%1” cannot be a profile name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>“%1” no puede ser un nombre de perfil: usar de 1 a 64 letras, dígitos, &apos;-&apos; o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Run a simulated ISP with this many customers on this computer and sync the “%1” profile from it, as from a real ISP. It replaces that profile&apos;s data; no other profile is touched.</source>
        <translation>Ejecutar en esta computadora un ISP simulado con esta cantidad de clientes y sincronizar desde él el perfil “%1”, como desde un ISP real. Reemplaza los datos de ese perfil; ningún otro perfil se modifica.</translation>
    </message>
    <message>
        <source>Beholder switches to the “%1” profile to do it.</source>
        <translation>Para hacerlo, Beholder cambia al perfil “%1”.</translation>
    </message>
    <message>
        <source>Load Demo ISP</source>
        <translation>Cargar ISP de demostración</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Administrar perfiles…</translation>
    </message>
    <message>
        <source>Create, rename, delete and open ISP profiles</source>
        <translation>Crear, renombrar, eliminar y abrir perfiles de ISP</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>Every privileged action and every diagnosis on this profile (for administrators)</source>
        <translation>Todas las acciones privilegiadas y todos los diagnósticos de este perfil (para administradores)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sources, routers, TLS exceptions, nightly sync, users and language</source>
        <translation>Fuentes, routers, excepciones TLS, sincronización nocturna, usuarios e idioma</translation>
    </message>
    <message>
        <source>This profile has no sources yet: add them in Tools &gt; Settings, or import its description with beholder-cli profile import</source>
        <translation>Este perfil todavía no tiene fuentes: agregarlas en Herramientas &gt; Configuración o importar su descripción con beholder-cli profile import</translation>
    </message>
    <message>
        <source>Settings saved; the next sync and diagnosis use them.</source>
        <translation>Configuración guardada; la usan la próxima sincronización y el próximo diagnóstico.</translation>
    </message>
    <message>
        <source>Sign In as Someone &amp;Else…</source>
        <translation>Iniciar sesión con &amp;otro usuario…</translation>
    </message>
    <message>
        <source>Profile “%1” requires signing in: File &gt; Sign In.</source>
        <translation>El perfil “%1” requiere iniciar sesión: Archivo &gt; Iniciar sesión.</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <source>This profile does not require signing in: whoever uses this computer acts as its admin (Tools &gt; Settings &gt; Users and Sign-in).</source>
        <translation>Este perfil no requiere iniciar sesión: quien use esta computadora actúa como su administrador (Herramientas &gt; Configuración &gt; Usuarios e inicio de sesión).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>%1 — certificate %2</source>
        <translation>%1 — certificado %2</translation>
    </message>
    <message numerus="yes">
        <source>TLS exception: %1</source>
        <translation>
            <numerusform>Excepción TLS: %1</numerusform>
            <numerusform>Excepciones TLS: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>These hosts are trusted although their certificates do not verify, each pinned to one certificate (Tools &gt; Settings &gt; TLS Exceptions):
%1</source>
        <translation>Se confía en estos hosts aunque sus certificados no se verifican; cada uno está fijado a un certificado (Herramientas &gt; Configuración &gt; Excepciones TLS):
%1</translation>
    </message>
</context>
<context>
    <name>Beholder::PasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>Beholder::ProfileNameDialog</name>
    <message>
        <source>New Profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Renombrar perfil</translation>
    </message>
    <message>
        <source>A profile is one ISP: its own cache, settings, logs and keychain entries.</source>
        <translation>Un perfil es un ISP: su propia caché, configuración, registros y entradas del llavero.</translation>
    </message>
    <message>
        <source>The profile&apos;s folder and its keychain entries move to the new name; its accounts follow.</source>
        <translation>La carpeta del perfil y sus entradas del llavero pasan al nuevo nombre; sus cuentas también.</translation>
    </message>
    <message>
        <source>Letters, digits, - and _</source>
        <translation>Letras, dígitos, - y _</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nuevo nombre:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
</context>
<context>
    <name>Beholder::ProfileSession</name>
    <message>
        <source>the cache could not be opened</source>
        <translation>no se pudo abrir la caché</translation>
    </message>
</context>
<context>
    <name>Beholder::ProfilesDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Each profile is one ISP, kept apart from the others: its own cache, settings, logs, keychain entries and accounts. The demo profile is always there.</source>
        <translation>Cada perfil es un ISP, separado de los demás: su propia caché, configuración, registros, entradas del llavero y cuentas. El perfil de demostración siempre está disponible.</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Buscar perfiles</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The profiles could not be listed: %1</source>
        <translation>No se pudieron listar los perfiles: %1</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Demo: always available</source>
        <translation>Demostración: siempre disponible</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>“%1” is the open profile: switch to another profile first.</source>
        <translation>“%1” es el perfil abierto: cambiar primero a otro perfil.</translation>
    </message>
    <message>
        <source>Signed in as %1: profile “%2” requires signing in, so only a global admin can rename or delete it.</source>
        <translation>Sesión iniciada como %1: el perfil “%2” requiere iniciar sesión, así que solo un administrador global puede renombrarlo o eliminarlo.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>Profile “%1” was not created: %2</source>
        <translation>No se creó el perfil “%1”: %2</translation>
    </message>
    <message>
        <source>Profile “%1” created. Open it to set up its sources.</source>
        <translation>Perfil “%1” creado. Abrirlo para configurar sus fuentes.</translation>
    </message>
    <message>
        <source>its accounts still name “%1”: %2</source>
        <translation>sus cuentas siguen indicando “%1”: %2</translation>
    </message>
    <message>
        <source>Profile “%1” renamed to “%2”.</source>
        <translation>Perfil “%1” renombrado como “%2”.</translation>
    </message>
    <message>
        <source>But: %1.</source>
        <translation>Pero: %1.</translation>
    </message>
    <message>
        <source>its accounts could not be removed: %1</source>
        <translation>no se pudieron eliminar sus cuentas: %1</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Perfil “%1” eliminado.</translation>
    </message>
</context>
<context>
    <name>Beholder::ResultsDecorationModel</name>
    <message>
        <source>An ONU that no CRM connection or PPPoE user points to</source>
        <translation>Una ONU a la que no apunta ninguna conexión del CRM ni usuario PPPoE</translation>
    </message>
    <message>
        <source>An antenna that no CRM connection or PPPoE user points to</source>
        <translation>Una antena a la que no apunta ninguna conexión del CRM ni usuario PPPoE</translation>
    </message>
    <message>
        <source>A customer without any connection in the CRM</source>
        <translation>Un cliente sin ninguna conexión en el CRM</translation>
    </message>
</context>
<context>
    <name>Beholder::ResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Sort by Relevance</source>
        <translation>Ordenar por relevancia</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message>
        <source>Copy PPPoE User</source>
        <translation>Copiar usuario PPPoE</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Copiar nombre</translation>
    </message>
    <message>
        <source>Copy IP</source>
        <translation>Copiar IP</translation>
    </message>
    <message>
        <source>Copy ONU Serial / MAC</source>
        <translation>Copiar serie de ONU / MAC</translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation>Copiar fila</translation>
    </message>
</context>
<context>
    <name>Beholder::RoutersPage</name>
    <message>
        <source>MikroTik routers</source>
        <translation>Routers MikroTik</translation>
    </message>
    <message>
        <source>Each router that holds PPPoE secrets, reached over the RouterOS API (8728) or API-SSL (8729). Its node is the CRM node it serves.</source>
        <translation>Cada router que tiene secrets PPPoE, al que se accede por la API de RouterOS (8728) o por API-SSL (8729). Su nodo es el nodo del CRM al que da servicio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Add Router</source>
        <translation>&amp;Agregar router</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Node id:</source>
        <translation>Id de nodo:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>API-SSL (TLS)</source>
        <translation>API-SSL (TLS)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to replace</source>
        <translation>se guarda en el llavero del sistema; escribir para reemplazar</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout per command:</source>
        <translation>Tiempo de espera por comando:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>New router</source>
        <translation>Router nuevo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Beholder::SearchField</name>
    <message>
        <source>Search name, DNI, phone, address, PPPoE user, ONU serial, MAC or IP   (Ctrl+K)</source>
        <translation>Buscar nombre, DNI, teléfono, dirección, usuario PPPoE, serie de ONU, MAC o IP   (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
</context>
<context>
    <name>Beholder::SearchResultModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>De baja</translation>
    </message>
    <message>
        <source>Not in CRM</source>
        <translation>No está en el CRM</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fuera de línea</translation>
    </message>
    <message>
        <source>LOS</source>
        <translation>LOS</translation>
    </message>
    <message>
        <source>Power fail</source>
        <translation>Corte de energía</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>PPPoE user %1 exists on router %2 but no CRM connection names it</source>
        <translation>El usuario PPPoE %1 existe en el router %2, pero ninguna conexión del CRM lo menciona</translation>
    </message>
    <message>
        <source>Exact match of an identifier</source>
        <translation>Coincidencia exacta de un identificador</translation>
    </message>
    <message>
        <source>(not in CRM)</source>
        <translation>(no está en el CRM)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>DNI/CUIT</source>
        <translation>DNI/CUIT</translation>
    </message>
    <message>
        <source>PPPoE user</source>
        <translation>Usuario PPPoE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ONU / antenna</source>
        <translation>ONU / antena</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
</context>
<context>
    <name>Beholder::SettingsDialog</name>
    <message>
        <source>Settings — %1</source>
        <translation>Configuración — %1</translation>
    </message>
    <message>
        <source>The profile&apos;s pages are read-only; the language can still be changed.</source>
        <translation>Las páginas del perfil son de solo lectura; el idioma se puede cambiar igual.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s console, for every profile. It applies the next time Beholder starts.</source>
        <translation>El idioma de la consola en esta computadora, para todos los perfiles. Se aplica la próxima vez que se inicie Beholder.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>Nightly sync</source>
        <translation>Sincronización nocturna</translation>
    </message>
    <message>
        <source>While the console runs, this profile syncs every source once a night; a missed night is caught up at the next start.</source>
        <translation>Mientras la consola está en ejecución, este perfil sincroniza todas las fuentes una vez por noche; si se saltea una noche, se recupera en el próximo inicio.</translation>
    </message>
    <message>
        <source>Sync every night at</source>
        <translation>Sincronizar todas las noches a las</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Routers</source>
        <translation>Routers</translation>
    </message>
    <message>
        <source>TLS Exceptions</source>
        <translation>Excepciones TLS</translation>
    </message>
    <message>
        <source>Triage thresholds</source>
        <translation>Umbrales de triage</translation>
    </message>
    <message>
        <source>The numbers behind the verdicts: optical power limits, how many ONUs down make a mass outage, how many session starts make a line flap. Each ISP tunes them for its network.</source>
        <translation>Los valores en los que se basan los veredictos: los límites de potencia óptica, cuántas ONUs caídas constituyen un corte masivo, cuántos inicios de sesión vuelven inestable una línea. Cada ISP los ajusta a su red.</translation>
    </message>
    <message>
        <source>&amp;Edit Triage Thresholds…</source>
        <translation>&amp;Editar umbrales de triage…</translation>
    </message>
    <message>
        <source>Triage Thresholds</source>
        <translation>Umbrales de triage</translation>
    </message>
    <message>
        <source>Users and Sign-in</source>
        <translation>Usuarios e inicio de sesión</translation>
    </message>
    <message>
        <source>The profile&apos;s settings.ini has problems; saving replaces them: %1</source>
        <translation>El settings.ini del perfil tiene problemas; al guardar se reemplazan: %1</translation>
    </message>
    <message>
        <source>router %1</source>
        <translation>router %1</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n secret(s) in the system keychain…</source>
        <translation>
            <numerusform>Guardando %n secreto en el llavero del sistema…</numerusform>
            <numerusform>Guardando %n secretos en el llavero del sistema…</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings are saved, but these secrets are not: %1</source>
        <translation>La configuración se guardó, pero estos secretos no: %1</translation>
    </message>
    <message>
        <source>Reading the stored secrets…</source>
        <translation>Leyendo los secretos guardados…</translation>
    </message>
    <message>
        <source>Reading the stored password…</source>
        <translation>Leyendo la contraseña guardada…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>%1 is trusted with certificate %2 once you save. Test again to check the rest.</source>
        <translation>Al guardar, se confiará en %1 con el certificado %2. Volver a probar para verificar el resto.</translation>
    </message>
</context>
<context>
    <name>Beholder::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in to profile “%1”</source>
        <translation>Iniciar sesión en el perfil “%1”</translation>
    </message>
    <message>
        <source>This profile requires signing in. What you may do depends on your account&apos;s role; every sign-in is written to the profile&apos;s audit log.</source>
        <translation>Este perfil requiere iniciar sesión. Lo que se puede hacer depende del rol de la cuenta; cada inicio de sesión queda escrito en el registro de auditoría del perfil.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Verificando la contraseña…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>No se inició sesión: %1</translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::BrandDialog</name>
    <message>
        <source>Edit Brand</source>
        <translation>Editar marca</translation>
    </message>
    <message>
        <source>Add Brand</source>
        <translation>Agregar marca</translation>
    </message>
    <message>
        <source>e.g. 2011 for Huawei, 3902 for ZTE</source>
        <translation>p. ej., 2011 para Huawei, 3902 para ZTE</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Enterprise number (PEN):</source>
        <translation>Número de &amp;empresa (PEN):</translation>
    </message>
    <message>
        <source>the enterprise number is too large</source>
        <translation>el número de empresa es demasiado grande</translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::JobDialog</name>
    <message>
        <source>Run on its interval</source>
        <translation>Ejecutar según su intervalo</translation>
    </message>
    <message>
        <source>Edit Job</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>Add Job</source>
        <translation>Agregar tarea</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>Interva&amp;lo:</translation>
    </message>
    <message>
        <source>&amp;OLTs:</source>
        <translation>&amp;OLTs:</translation>
    </message>
    <message>
        <source>O&amp;IDs:</source>
        <translation>O&amp;IDs:</translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::OidDialog</name>
    <message>
        <source>Edit OID</source>
        <translation>Editar OID</translation>
    </message>
    <message>
        <source>Add OID</source>
        <translation>Agregar OID</translation>
    </message>
    <message>
        <source>Choose a brand</source>
        <translation>Elegir una marca</translation>
    </message>
    <message>
        <source>e.g. hwGponDeviceOntSn</source>
        <translation>p. ej., hwGponDeviceOntSn</translation>
    </message>
    <message>
        <source>e.g. 1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3</source>
        <translation>p. ej., 1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marca:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;OID:</source>
        <translation>&amp;OID:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::OltDialog</name>
    <message>
        <source>Poll this OLT</source>
        <translation>Sondear esta OLT</translation>
    </message>
    <message>
        <source>Edit OLT</source>
        <translation>Editar OLT</translation>
    </message>
    <message>
        <source>Add OLT</source>
        <translation>Agregar OLT</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or host name</source>
        <translation>Dirección IPv4 o IPv6, o nombre de host</translation>
    </message>
    <message>
        <source>Usually empty</source>
        <translation>Normalmente vacío</translation>
    </message>
    <message>
        <source>The SNMPv3 context name, for agents that serve several contexts</source>
        <translation>El nombre de contexto SNMPv3, para agentes que atienden varios contextos</translation>
    </message>
    <message>
        <source>authPriv (SHA + AES)</source>
        <translation>authPriv (SHA + AES)</translation>
    </message>
    <message>
        <source>authNoPriv (SHA)</source>
        <translation>authNoPriv (SHA)</translation>
    </message>
    <message>
        <source>noAuthNoPriv</source>
        <translation>noAuthNoPriv</translation>
    </message>
    <message>
        <source>Detect from sysObjectID</source>
        <translation>Detectar a partir de sysObjectID</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Dejar vacío para conservar la guardada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>SNMP &amp;version:</source>
        <translation>&amp;Versión SNMP:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Comunidad:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>Conte&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Security level:</source>
        <translation>Nivel de &amp;seguridad:</translation>
    </message>
    <message>
        <source>&amp;Auth password (SHA):</source>
        <translation>Contraseña de &amp;autenticación (SHA):</translation>
    </message>
    <message>
        <source>P&amp;riv password (AES):</source>
        <translation>Contraseña de p&amp;rivacidad (AES):</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marca:</translation>
    </message>
    <message>
        <source>Vendor p&amp;rofile:</source>
        <translation>Per&amp;fil del fabricante:</translation>
    </message>
    <message>
        <source>the community is required</source>
        <translation>la comunidad es obligatoria</translation>
    </message>
    <message>
        <source>the auth password is required</source>
        <translation>la contraseña de autenticación es obligatoria</translation>
    </message>
    <message>
        <source>the priv password is required</source>
        <translation>la contraseña de privacidad es obligatoria</translation>
    </message>
    <message>
        <source>the OLT was saved, but there is no keychain for its secrets</source>
        <translation>la OLT se guardó, pero no hay llavero para sus secretos</translation>
    </message>
    <message>
        <source>the OLT was saved, but the keychain refused its secrets: %1</source>
        <translation>la OLT se guardó, pero el llavero rechazó sus secretos: %1</translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::SnmpAdminWindow</name>
    <message>
        <source>SNMP Monitoring</source>
        <translation>Monitoreo SNMP</translation>
    </message>
    <message>
        <source>SNMP monitoring is not running for this profile, so nothing can be sent to the OLTs from here.</source>
        <translation>El monitoreo SNMP no está en ejecución para este perfil, así que desde aquí no se puede enviar nada a las OLTs.</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Buscar marcas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Brands</source>
        <translation>&amp;Marcas</translation>
    </message>
    <message>
        <source>Search OLTs by name, host, brand…</source>
        <translation>Buscar OLTs por nombre, host, marca…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>Ejec&amp;utar ahora</translation>
    </message>
    <message>
        <source>Queue every enabled job of the selected OLTs now</source>
        <translation>Encolar ahora todas las tareas habilitadas de las OLTs seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Test SNMP</source>
        <translation>&amp;Probar SNMP</translation>
    </message>
    <message>
        <source>Ask the OLT who it is (sysDescr, sysObjectID) and which profile reads it</source>
        <translation>Preguntar a la OLT quién es (sysDescr, sysObjectID) y qué perfil la lee</translation>
    </message>
    <message>
        <source>&amp;OLTs</source>
        <translation>&amp;OLTs</translation>
    </message>
    <message>
        <source>Search OIDs by name, OID, purpose…</source>
        <translation>Buscar OIDs por nombre, OID, propósito…</translation>
    </message>
    <message>
        <source>O&amp;IDs</source>
        <translation>O&amp;IDs</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>Queue the selected jobs on each of their enabled OLTs now</source>
        <translation>Encolar ahora las tareas seleccionadas en cada una de sus OLTs habilitadas</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>Search executions</source>
        <translation>Buscar ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the selected pending or running executions</source>
        <translation>Cancelar las ejecuciones seleccionadas pendientes o en curso</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>Ta&amp;rea:</translation>
    </message>
    <message>
        <source>O&amp;LT:</source>
        <translation>O&amp;LT:</translation>
    </message>
    <message>
        <source>Select an execution to see its attempts.</source>
        <translation>Seleccionar una ejecución para ver sus intentos.</translation>
    </message>
    <message>
        <source>E&amp;xecutions</source>
        <translation>E&amp;jecuciones</translation>
    </message>
    <message>
        <source>Search ONUs by serial, description, port…</source>
        <translation>Buscar ONUs por serie, descripción, puerto…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Select an ONU to see the raw values its walks stored.</source>
        <translation>Seleccionar una ONU para ver los valores crudos que guardaron sus recorridos SNMP (walks).</translation>
    </message>
    <message>
        <source>O&amp;NU Data</source>
        <translation>Datos de O&amp;NU</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Could not read the SNMP configuration: %1</source>
        <translation>No se pudo leer la configuración SNMP: %1</translation>
    </message>
    <message>
        <source>Could not read execution #%1: %2</source>
        <translation>No se pudo leer la ejecución #%1: %2</translation>
    </message>
    <message>
        <source>Execution #%1: %2 on %3, %4</source>
        <translation>Ejecución #%1: %2 en %3, %4</translation>
    </message>
    <message>
        <source> (resumes #%1)</source>
        <translation> (retoma la #%1)</translation>
    </message>
    <message>
        <source>Could not read the attempts of execution #%1: %2</source>
        <translation>No se pudieron leer los intentos de la ejecución #%1: %2</translation>
    </message>
    <message>
        <source>Could not read the ONUs of this OLT: %1</source>
        <translation>No se pudieron leer las ONUs de esta OLT: %1</translation>
    </message>
    <message>
        <source>Raw values of ONU %1 (%2)</source>
        <translation>Valores crudos de la ONU %1 (%2)</translation>
    </message>
    <message>
        <source>Could not read the raw values of this ONU: %1</source>
        <translation>No se pudieron leer los valores crudos de esta ONU: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n brand(s)? Their OIDs are deleted too; their OLTs go back to detection.</source>
        <translation>
            <numerusform>¿Eliminar %n marca? Sus OIDs también se eliminan; sus OLTs vuelven a la detección automática.</numerusform>
            <numerusform>¿Eliminar %n marcas? Sus OIDs también se eliminan; sus OLTs vuelven a la detección automática.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OLT(s)? Their executions, ONUs and stored secrets are deleted too.</source>
        <translation>
            <numerusform>¿Eliminar %n OLT? También se eliminan sus ejecuciones, sus ONUs y sus secretos guardados.</numerusform>
            <numerusform>¿Eliminar %n OLTs? También se eliminan sus ejecuciones, sus ONUs y sus secretos guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OID(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n OID?</numerusform>
            <numerusform>¿Eliminar %n OIDs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)? Their executions are deleted too.</source>
        <translation>
            <numerusform>¿Eliminar %n tarea? También se eliminan sus ejecuciones.</numerusform>
            <numerusform>¿Eliminar %n tareas? También se eliminan sus ejecuciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>No se pudo eliminar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s).</source>
        <translation>
            <numerusform>%n fila eliminada.</numerusform>
            <numerusform>%n filas eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OLT was deleted, but its secrets are still in the keychain: %1</source>
        <translation>La OLT se eliminó, pero sus secretos siguen en el llavero: %1</translation>
    </message>
    <message>
        <source>Could not change the rows: %1</source>
        <translation>No se pudieron modificar las filas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n row(s).</source>
        <translation>
            <numerusform>%n fila habilitada.</numerusform>
            <numerusform>%n filas habilitadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n row(s).</source>
        <translation>
            <numerusform>%n fila deshabilitada.</numerusform>
            <numerusform>%n filas deshabilitadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) on their enabled OLTs.</source>
        <translation>
            <numerusform>%n tarea encolada en sus OLTs habilitadas.</numerusform>
            <numerusform>%n tareas encoladas en sus OLTs habilitadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: queued %n execution(s).</source>
        <translation>
            <numerusform>%1: %n ejecución encolada.</numerusform>
            <numerusform>%1: %n ejecuciones encoladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando a %1…</translation>
    </message>
    <message>
        <source>%1 did not answer as expected:
%2</source>
        <translation>%1 no respondió como se esperaba:
%2</translation>
    </message>
    <message>
        <source>sysDescr: %1
sysObjectID: %2
sysName: %3
Vendor: %4
Model: %5
Profile: %6
Answered in %7 ms</source>
        <translation>sysDescr: %1
sysObjectID: %2
sysName: %3
Fabricante: %4
Modelo: %5
Perfil: %6
Respondió en %7 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none ships for this OLT</source>
        <translation>no se incluye ninguno para esta OLT</translation>
    </message>
    <message>
        <source>Test SNMP: %1</source>
        <translation>Probar SNMP: %1</translation>
    </message>
    <message numerus="yes">
        <source>Asked to cancel %n execution(s).</source>
        <translation>
            <numerusform>Se pidió cancelar %n ejecución.</numerusform>
            <numerusform>Se pidió cancelar %n ejecuciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::SnmpTableTab</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>Beholder::SourcePage</name>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Token de API:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>ISPCube (CRM)</source>
        <translation>ISPCube (CRM)</translation>
    </message>
    <message>
        <source>SmartOLT</source>
        <translation>SmartOLT</translation>
    </message>
    <message>
        <source>cnMaestro</source>
        <translation>cnMaestro</translation>
    </message>
    <message>
        <source>MikroTik routers</source>
        <translation>Routers MikroTik</translation>
    </message>
    <message>
        <source>Sync and diagnose with this source</source>
        <translation>Sincronizar y diagnosticar con esta fuente</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>The company id ISPCube expects in the client-id header.</source>
        <translation>El id de empresa que ISPCube espera en el encabezado client-id.</translation>
    </message>
    <message>
        <source>Company (client-id):</source>
        <translation>Empresa (client-id):</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to replace</source>
        <translation>se guarda en el llavero del sistema; escribir para reemplazar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one request may take, until its reply is complete.</source>
        <translation>Cuánto puede tardar una solicitud, hasta que su respuesta esté completa.</translation>
    </message>
    <message>
        <source>Timeout per request:</source>
        <translation>Tiempo de espera por solicitud:</translation>
    </message>
    <message>
        <source>the source&apos;s default</source>
        <translation>el predeterminado de la fuente</translation>
    </message>
    <message>
        <source>The account&apos;s API budget, shared by syncs and diagnoses.</source>
        <translation>El cupo de API de la cuenta, compartido por las sincronizaciones y los diagnósticos.</translation>
    </message>
    <message>
        <source>Calls per hour:</source>
        <translation>Llamadas por hora:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Checks name resolution, TCP, TLS, sign-in and one API call, in that order.</source>
        <translation>Verifica la resolución de nombres, TCP, TLS, el inicio de sesión y una llamada a la API, en ese orden.</translation>
    </message>
</context>
<context>
    <name>Beholder::SourceStatusWidget</name>
    <message>
        <source>never synced successfully</source>
        <translation>ninguna hasta ahora</translation>
    </message>
    <message>
        <source>%1: last success %2</source>
        <translation>%1: última sincronización correcta: %2</translation>
    </message>
    <message>
        <source>%1 ✓ %2</source>
        <translation>%1 ✓ %2</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 ✗ %2</source>
        <translation>%1 ✗ %2</translation>
    </message>
    <message>
        <source>    last run failed: %1</source>
        <translation>    la última ejecución falló: %1</translation>
    </message>
    <message>
        <source>    its previous data is kept</source>
        <translation>    se conservan sus datos anteriores</translation>
    </message>
    <message>
        <source>%1 … syncing</source>
        <translation>%1 … sincronizando</translation>
    </message>
    <message>
        <source>    a sync is running</source>
        <translation>    hay una sincronización en curso</translation>
    </message>
    <message>
        <source>%1 ⊘ %2</source>
        <translation>%1 ⊘ %2</translation>
    </message>
    <message>
        <source>%1 ⊘</source>
        <translation>%1 ⊘</translation>
    </message>
    <message>
        <source>    last run: %1; the previous data is kept</source>
        <translation>    última ejecución: %1; se conservan los datos anteriores</translation>
    </message>
    <message>
        <source>    warnings: %1</source>
        <translation>    advertencias: %1</translation>
    </message>
</context>
<context>
    <name>Beholder::SyncEngine</name>
    <message>
        <source>a sync is already running</source>
        <translation>ya hay una sincronización en curso</translation>
    </message>
    <message>
        <source>no protocol clients are available</source>
        <translation>no hay clientes de protocolo disponibles</translation>
    </message>
    <message>
        <source>the source %1 is not configured for this profile</source>
        <translation>la fuente %1 no está configurada para este perfil</translation>
    </message>
    <message>
        <source>this profile has no sources to sync: import a profile description or set them up first</source>
        <translation>este perfil no tiene fuentes para sincronizar: importar primero una descripción de perfil o configurarlas</translation>
    </message>
    <message>
        <source>canceled before it started</source>
        <translation>cancelada antes de empezar</translation>
    </message>
    <message>
        <source>no client for %1</source>
        <translation>no hay cliente para %1</translation>
    </message>
    <message>
        <source>canceled; the previous data is kept</source>
        <translation>cancelada; se conservan los datos anteriores</translation>
    </message>
    <message>
        <source>%1 of %2 routers failed (their previous secrets are kept), e.g. %3</source>
        <translation>fallaron %1 de %2 routers (se conservan sus secrets anteriores), p. ej., %3</translation>
    </message>
    <message>
        <source>could not write to the cache: %1</source>
        <translation>no se pudo escribir en la caché: %1</translation>
    </message>
    <message>
        <source>cannot start the index rebuild</source>
        <translation>no se puede iniciar la reconstrucción del índice</translation>
    </message>
    <message>
        <source>the search index rebuild was canceled; the next sync redoes it</source>
        <translation>se canceló la reconstrucción del índice de búsqueda; la próxima sincronización la rehace</translation>
    </message>
    <message>
        <source>cannot save the search index</source>
        <translation>no se puede guardar el índice de búsqueda</translation>
    </message>
    <message>
        <source>the search index rebuild was canceled</source>
        <translation>se canceló la reconstrucción del índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>Beholder::SyncPanel</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>obteniendo</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>escribiendo</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>Nightly sync</source>
        <translation>Sincronización nocturna</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Command-line sync</source>
        <translation>Sincronización por línea de comandos</translation>
    </message>
    <message>
        <source>Demo sync from the simulated ISP</source>
        <translation>Sincronización de demostración desde el ISP simulado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Cancelar sincronización</translation>
    </message>
    <message>
        <source>Stop the sync; every source not finished yet keeps its previous data</source>
        <translation>Detener la sincronización; cada fuente que todavía no terminó conserva sus datos anteriores</translation>
    </message>
    <message>
        <source>No sync in this session yet. Data ▸ Sync Now fetches every source of the profile.</source>
        <translation>Todavía no hubo ninguna sincronización en esta sesión. Datos ▸ Sincronizar ahora trae todas las fuentes del perfil.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>esperando su turno</translation>
    </message>
    <message>
        <source>writing %1 items to the cache…</source>
        <translation>escribiendo %1 elementos en la caché…</translation>
    </message>
    <message>
        <source>fetching: %1 of %2 items</source>
        <translation>obteniendo: %1 de %2 elementos</translation>
    </message>
    <message>
        <source>fetching: %1 items so far</source>
        <translation>obteniendo: %1 elementos hasta ahora</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>not set up for this profile</source>
        <translation>sin configurar para este perfil</translation>
    </message>
    <message>
        <source>%1   in %2   (%3 items fetched)</source>
        <translation>%1   en %2   (%3 elementos obtenidos)</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged; %5 items fetched in %6</source>
        <translation>%1 nuevos, %2 modificados, %3 eliminados, %4 sin cambios; %5 elementos obtenidos en %6</translation>
    </message>
    <message>
        <source>   ·   warnings: %1 (see the tooltip)</source>
        <translation>   ·   advertencias: %1 (ver la ayuda emergente)</translation>
    </message>
    <message>
        <source>%1 — the previous data is kept</source>
        <translation>%1 — se conservan los datos anteriores</translation>
    </message>
    <message>
        <source>The data this source synced before is kept as it was.</source>
        <translation>Los datos que esta fuente sincronizó antes se conservan como estaban.</translation>
    </message>
    <message>
        <source>canceled; the previous data is kept</source>
        <translation>cancelada; se conservan los datos anteriores</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>%1 canceled at %2; the sources not finished keep their previous data.</source>
        <translation>%1 cancelada a las %2; las fuentes que no terminaron conservan sus datos anteriores.</translation>
    </message>
    <message>
        <source>%1 finished at %2 in %3: %4 of %5 sources failed; their previous data is kept.</source>
        <translation>%1 terminada a las %2 en %3: fallaron %4 de %5 fuentes; se conservan sus datos anteriores.</translation>
    </message>
    <message>
        <source>%1 finished at %2 in %3: every source succeeded.</source>
        <translation>%1 terminada a las %2 en %3: todas las fuentes se sincronizaron correctamente.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: %1</source>
        <translation>No se pudo reconstruir el índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>%1 canceled before it started; the data is as it was.</source>
        <translation>%1 cancelada antes de empezar; los datos quedan como estaban.</translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation>%1 no iniciada: %2</translation>
    </message>
    <message>
        <source>%1 started at %2: %3 of %4 sources done…</source>
        <translation>%1 iniciada a las %2: %3 de %4 fuentes listas…</translation>
    </message>
</context>
<context>
    <name>Beholder::SyncSession</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>Starting the simulated ISP…</source>
        <translation>Iniciando el ISP simulado…</translation>
    </message>
    <message>
        <source>the sources in %1 are not valid: %2</source>
        <translation>las fuentes de %1 no son válidas: %2</translation>
    </message>
    <message>
        <source>profile “%1” has no sources to sync: import its description first (beholder-cli profile import FILE --profile %1)</source>
        <translation>el perfil “%1” no tiene fuentes para sincronizar: importar primero su descripción (beholder-cli profile import FILE --profile %1)</translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation>Leyendo las credenciales…</translation>
    </message>
    <message>
        <source>the credentials could not be read: %1</source>
        <translation>no se pudieron leer las credenciales: %1</translation>
    </message>
    <message>
        <source>the OS keychain lacks these secrets of profile “%1”: %2. Set them with beholder-cli profile set-secret KEY --profile %1.</source>
        <translation>al llavero del sistema le faltan estos secretos del perfil “%1”: %2. Configurarlos con beholder-cli profile set-secret KEY --profile %1.</translation>
    </message>
    <message>
        <source>canceled before it started</source>
        <translation>cancelada antes de empezar</translation>
    </message>
</context>
<context>
    <name>Beholder::ThresholdsDialog</name>
    <message>
        <source>Triage Thresholds</source>
        <translation>Umbrales de triage</translation>
    </message>
    <message>
        <source>The numbers behind every verdict of this profile. Change them to fit your plant; a bold value differs from the default. Double-click a value, or select it and press F2, to edit it.</source>
        <translation>Los valores en los que se basa cada veredicto de este perfil. Ajustarlos a la planta propia; un valor en negrita difiere del predeterminado. Para editar un valor, hacer doble clic o seleccionarlo y presionar F2.</translation>
    </message>
    <message>
        <source>Triage thresholds</source>
        <translation>Umbrales de triage</translation>
    </message>
    <message>
        <source>%1. From %2 to %3; default %4.</source>
        <translation>%1. De %2 a %3; predeterminado: %4.</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>Restablecer &amp;predeterminados</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>Beholder::ThresholdsModel</name>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” no es un número</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
</context>
<context>
    <name>Beholder::TlsExceptionsPage</name>
    <message>
        <source>TLS exceptions</source>
        <translation>Excepciones TLS</translation>
    </message>
    <message>
        <source>Certificates are verified for every source and router. A host listed here is accepted although its certificate does not verify (a self-signed on-premises cnMaestro, a router&apos;s own certificate), but only with exactly the certificate shown: any other is refused. Add one with “Test Connection” on the source&apos;s page.</source>
        <translation>Los certificados se verifican para todas las fuentes y todos los routers. Un host de esta lista se acepta aunque su certificado no se verifique (un cnMaestro local con certificado autofirmado, el certificado propio de un router), pero solo con exactamente el certificado que se muestra: cualquier otro se rechaza. Para agregar uno, usar “Probar conexión” en la página de la fuente.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Remove Exception</source>
        <translation>E&amp;liminar excepción</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
</context>
<context>
    <name>Beholder::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>DIAGNOSING</source>
        <translation>DIAGNOSTICANDO</translation>
    </message>
    <message>
        <source>Looking up “%1” in the cache…</source>
        <translation>Buscando “%1” en la caché…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>consultando…</translation>
    </message>
    <message>
        <source>NO VERDICT</source>
        <translation>SIN VEREDICTO</translation>
    </message>
    <message>
        <source>Nothing wrong found in what the sources said.</source>
        <translation>No se encontró ningún problema en lo que informaron las fuentes.</translation>
    </message>
    <message>
        <source>See the findings below.</source>
        <translation>Ver los hallazgos abajo.</translation>
    </message>
    <message>
        <source>OFFLINE — cached facts</source>
        <translation>FUERA DE LÍNEA — datos de la caché</translation>
    </message>
    <message>
        <source>There is no network: this verdict rests on the cache alone, as of the last sync.</source>
        <translation>No hay red: este veredicto se basa solo en la caché, según la última sincronización.</translation>
    </message>
    <message>
        <source>preliminary · checking…</source>
        <translation>preliminar · consultando…</translation>
    </message>
    <message>
        <source>preliminary · checking %1…</source>
        <translation>preliminar · consultando %1…</translation>
    </message>
    <message>
        <source>checked in %1 ms</source>
        <translation>verificado en %1 ms</translation>
    </message>
    <message>
        <source>checked in %1 s</source>
        <translation>verificado en %1 s</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Preliminary: live sources are still answering</source>
        <translation>Preliminar: las fuentes en vivo todavía están respondiendo</translation>
    </message>
</context>
<context>
    <name>BudgetMeter</name>
    <message>
        <source>%1 budget: no hourly limit</source>
        <translation>Cupo de %1: sin límite por hora</translation>
    </message>
    <message>
        <source>%1 budget: %2 of %3 calls left this hour</source>
        <translation>Cupo de %1: quedan %2 de %3 llamadas en esta hora</translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation>Cupo de %1</translation>
    </message>
    <message>
        <source>  ·  no call before %1</source>
        <translation>  ·  ninguna llamada antes de las %1</translation>
    </message>
    <message>
        <source>  ·  %1 (%2 per hour): next call at %3</source>
        <translation>  ·  %1 (%2 por hora): próxima llamada a las %3</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>no se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>cannot switch the cache %1 to WAL mode: %2</source>
        <translation>no se puede pasar la caché %1 al modo WAL: %2</translation>
    </message>
    <message>
        <source>cannot prepare the cache %1: %2</source>
        <translation>no se puede preparar la caché %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>the cache is not open</source>
        <translation>la caché no está abierta</translation>
    </message>
    <message>
        <source>Generating the demo ISP</source>
        <translation>Generando el ISP de demostración</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Writing the cache</source>
        <translation>Escribiendo la caché</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Construyendo el índice de búsqueda</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnóstico de %1</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2
</source>
        <translation>Veredicto: %1 — %2
</translation>
    </message>
    <message>
        <source>No verdict: %1
</source>
        <translation>Sin veredicto: %1
</translation>
    </message>
    <message>
        <source>OFFLINE: facts from the cache only.
</source>
        <translation>FUERA DE LÍNEA: datos solo de la caché.
</translation>
    </message>
    <message>
        <source>(live checks still running)
</source>
        <translation>(las consultas en vivo siguen en curso)
</translation>
    </message>
    <message>
        <source>Findings:
</source>
        <translation>Hallazgos:
</translation>
    </message>
    <message>
        <source>Facts:
</source>
        <translation>Datos:
</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>PPPoE session up</source>
        <translation>Sesión PPPoE activa</translation>
    </message>
    <message>
        <source>Session starts in 24 h</source>
        <translation>Inicios de sesión en 24 h</translation>
    </message>
    <message>
        <source>ONU status</source>
        <translation>Estado de la ONU</translation>
    </message>
    <message>
        <source>ONU Rx</source>
        <translation>ONU Rx</translation>
    </message>
    <message>
        <source>OLT Rx</source>
        <translation>OLT Rx</translation>
    </message>
    <message>
        <source>Antenna online</source>
        <translation>Antena en línea</translation>
    </message>
    <message>
        <source>Antenna RSSI</source>
        <translation>RSSI de la antena</translation>
    </message>
    <message>
        <source>Antenna SNR</source>
        <translation>SNR de la antena</translation>
    </message>
    <message>
        <source>Traffic, % of plan</source>
        <translation>Tráfico, % del plan</translation>
    </message>
    <message>
        <source>  Neighbours on %1: %2 of %3 down
</source>
        <translation>  Vecinos en %1: %2 de %3 caídos
</translation>
    </message>
    <message>
        <source>Source down: %1 — %2
</source>
        <translation>Fuente caída: %1 — %2
</translation>
    </message>
    <message>
        <source>Checked at %1 by Beholder
</source>
        <translation>Verificado el %1 por Beholder
</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days %1 h</source>
        <translation>
            <numerusform>%n día %1 h</numerusform>
            <numerusform>%n días %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2</source>
        <translation>↓ %1   ↑ %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Inalámbrico</translation>
    </message>
    <message>
        <source>Fibre</source>
        <translation>Fibra</translation>
    </message>
    <message>
        <source>Routers</source>
        <translation>Routers</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>+%1  ~%2  −%3</source>
        <translation>+%1  ~%2  −%3</translation>
    </message>
</context>
<context>
    <name>LiveTarget</name>
    <message>
        <source>No PPPoE user was given.</source>
        <translation>No se indicó ningún usuario PPPoE.</translation>
    </message>
    <message>
        <source>The profile&apos;s cache is not open.</source>
        <translation>La caché del perfil no está abierta.</translation>
    </message>
    <message>
        <source>Cannot read the cache (%1): %2</source>
        <translation>No se puede leer la caché (%1): %2</translation>
    </message>
    <message>
        <source>the PPP secrets</source>
        <translation>los secrets PPP</translation>
    </message>
    <message>
        <source>the CRM connections</source>
        <translation>las conexiones del CRM</translation>
    </message>
    <message>
        <source>The cache has no PPP secrets from any router yet: sync the routers first.</source>
        <translation>La caché todavía no tiene secrets PPP de ningún router: sincronizar primero los routers.</translation>
    </message>
    <message>
        <source>“%1” is in the CRM but in no router&apos;s PPP secrets (as of the last sync), so no router can be asked.</source>
        <translation>“%1” está en el CRM, pero en los secrets PPP de ningún router (según la última sincronización), así que no hay router a quien preguntar.</translation>
    </message>
    <message>
        <source>“%1” is in no router&apos;s PPP secrets (as of the last sync).</source>
        <translation>“%1” no está en los secrets PPP de ningún router (según la última sincronización).</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nodo %1</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (nodo %2)</translation>
    </message>
    <message>
        <source>“%1” is on router %2, which is not among this profile&apos;s routers: add it (host, API user and password) to the profile&apos;s routers to see its live traffic.</source>
        <translation>“%1” está en el router %2, que no figura entre los routers de este perfil: agregarlo (host, usuario y contraseña de la API) a los routers del perfil para ver su tráfico en vivo.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>unknown database error</source>
        <translation>error de base de datos desconocido</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>the cache has schema version %1, newer than this Beholder understands (%2): it was written by a newer version</source>
        <translation>la caché tiene la versión de esquema %1, más nueva que la que entiende este Beholder (%2): la escribió una versión más nueva</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>la migración %1 (%2) falló: %3</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; no es un nombre de perfil válido: usar de 1 a 64 letras, dígitos, &apos;-&apos; o &apos;_&apos;, empezando por una letra o un dígito</translation>
    </message>
</context>
<context>
    <name>ProfileDescription</name>
    <message>
        <source>the file is larger than %1 MiB: not a profile description</source>
        <translation>el archivo supera los %1 MiB: no es una descripción de perfil</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>el nivel superior debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>: required (&quot;%1&quot;); is this a Beholder profile description?</source>
        <translation>: obligatorio (&quot;%1&quot;); ¿es una descripción de perfil de Beholder?</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is newer than this Beholder reads (&quot;%2&quot;)</source>
        <translation>: &quot;%1&quot; es más nuevo que lo que lee este Beholder (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>: must be &quot;%1&quot;; this is not a Beholder profile description</source>
        <translation>: debe ser &quot;%1&quot;; esto no es una descripción de perfil de Beholder</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>required: ispcube, smartolt, cnmaestro or routeros</source>
        <translation>obligatorio: ispcube, smartolt, cnmaestro o routeros</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of ispcube, smartolt, cnmaestro, routeros</source>
        <translation>&quot;%1&quot; no es ninguno de ispcube, smartolt, cnmaestro, routeros</translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation>no es una URL válida</translation>
    </message>
    <message>
        <source>%1 takes no secret here</source>
        <translation>%1 no lleva ningún secreto aquí</translation>
    </message>
    <message>
        <source>not a secret of %1 (it takes %2)</source>
        <translation>no es un secreto de %1 (lleva %2)</translation>
    </message>
    <message>
        <source>required: the node (nodes.id in the CRM) this router is</source>
        <translation>obligatorio: el nodo (nodes.id en el CRM) que corresponde a este router</translation>
    </message>
    <message>
        <source>not a secret of a router (it takes password)</source>
        <translation>no es un secreto de un router (lleva password)</translation>
    </message>
    <message>
        <source>must not be empty; leave it out to set it later</source>
        <translation>no debe estar vacío; omitirlo para configurarlo más tarde</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>está fuera de rango</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <source>: unknown field, ignored</source>
        <translation>: campo desconocido, se ignora</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileLifecycle</name>
    <message>
        <source>The demo profile is always available: it cannot be renamed or deleted.</source>
        <translation>El perfil de demostración siempre está disponible: no se puede renombrar ni eliminar.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>No existe el perfil “%1”.</translation>
    </message>
    <message>
        <source>A sync of “%1” is running; wait for it to end.</source>
        <translation>Hay una sincronización de “%1” en curso; esperar a que termine.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ya existe un perfil llamado “%1”.</translation>
    </message>
    <message>
        <source>could not remove the copy of secret %1: %2</source>
        <translation>no se pudo eliminar la copia del secreto %1: %2</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be read, so nothing was renamed: %1</source>
        <translation>No se pudieron leer los secretos del perfil, así que no se renombró nada: %1</translation>
    </message>
    <message>
        <source>No keychain is available: no secret was moved.</source>
        <translation>No hay ningún llavero disponible: no se movió ningún secreto.</translation>
    </message>
    <message>
        <source>Secret %1 could not be moved, so nothing was renamed: %2</source>
        <translation>No se pudo mover el secreto %1, así que no se renombró nada: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be renamed (is the profile open in another window or program?). Nothing was renamed.</source>
        <translation>No se pudo renombrar la carpeta %1 (¿el perfil está abierto en otra ventana o programa?). No se renombró nada.</translation>
    </message>
    <message>
        <source>the old copy of secret %1 could not be removed: %2</source>
        <translation>no se pudo eliminar la copia anterior del secreto %1: %2</translation>
    </message>
    <message>
        <source>No keychain is available: no secret was removed.</source>
        <translation>No hay ningún llavero disponible: no se eliminó ningún secreto.</translation>
    </message>
    <message>
        <source>secret %1 could not be removed: %2</source>
        <translation>no se pudo eliminar el secreto %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be deleted completely (is the profile open in another window or program?).</source>
        <translation>No se pudo eliminar por completo la carpeta %1 (¿el perfil está abierto en otra ventana o programa?).</translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>no se puede crear la carpeta del perfil %1</translation>
    </message>
</context>
<context>
    <name>Snmp::SnmpStore</name>
    <message>
        <source>the name &quot;%1&quot; is already taken</source>
        <translation>el nombre &quot;%1&quot; ya está en uso</translation>
    </message>
    <message>
        <source>the enterprise number %1 is already %2&apos;s</source>
        <translation>el número de empresa %1 ya es de %2</translation>
    </message>
    <message>
        <source>no brand with enterprise number %1</source>
        <translation>no hay ninguna marca con el número de empresa %1</translation>
    </message>
    <message>
        <source>no SmartOLT OLT with id %1 in the cache</source>
        <translation>no hay ninguna OLT de SmartOLT con id %1 en la caché</translation>
    </message>
    <message>
        <source>the brand already has the OID %1 under another name</source>
        <translation>la marca ya tiene el OID %1 con otro nombre</translation>
    </message>
    <message>
        <source>execution %1 is %2, not %3</source>
        <translation>la ejecución %1 está en estado %2, no %3</translation>
    </message>
    <message>
        <source>an execution ends as success, failed or interrupted, not %1</source>
        <translation>una ejecución termina como success, failed o interrupted, no como %1</translation>
    </message>
    <message>
        <source>pending or running</source>
        <translation>pending o running</translation>
    </message>
    <message>
        <source>no ONU with serial %1 on any OLT</source>
        <translation>no hay ninguna ONU con la serie %1 en ninguna OLT</translation>
    </message>
    <message>
        <source>already exists: %1</source>
        <translation>ya existe: %1</translation>
    </message>
    <message>
        <source>refers to something that does not exist: %1</source>
        <translation>hace referencia a algo que no existe: %1</translation>
    </message>
    <message>
        <source>refused by the cache: %1</source>
        <translation>rechazado por la caché: %1</translation>
    </message>
    <message>
        <source>cache error: %1</source>
        <translation>error de la caché: %1</translation>
    </message>
    <message>
        <source>no brand with id %1</source>
        <translation>no hay ninguna marca con id %1</translation>
    </message>
    <message>
        <source>no OLT with id %1</source>
        <translation>no hay ninguna OLT con id %1</translation>
    </message>
    <message>
        <source>no OID with id %1</source>
        <translation>no hay ningún OID con id %1</translation>
    </message>
    <message>
        <source>no job with id %1</source>
        <translation>no hay ninguna tarea con id %1</translation>
    </message>
    <message>
        <source>no execution with id %1</source>
        <translation>no hay ninguna ejecución con id %1</translation>
    </message>
</context>
<context>
    <name>Snmp::Validation</name>
    <message>
        <source>the name is required</source>
        <translation>el nombre es obligatorio</translation>
    </message>
    <message>
        <source>the name is too long: at most %1 characters</source>
        <translation>el nombre es demasiado largo: como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>the enterprise number must be a positive number (Huawei is 2011)</source>
        <translation>el número de empresa debe ser un número positivo (Huawei es 2011)</translation>
    </message>
    <message>
        <source>the host is required</source>
        <translation>el host es obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or a host name</source>
        <translation>&quot;%1&quot; no es una dirección IP ni un nombre de host</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535, not %1</source>
        <translation>el puerto debe estar entre 1 y 65535, no %1</translation>
    </message>
    <message>
        <source>SNMP v3 needs a user name</source>
        <translation>SNMP v3 necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>the SNMP v3 user name is too long: at most 32 characters</source>
        <translation>el nombre de usuario SNMP v3 es demasiado largo: como máximo 32 caracteres</translation>
    </message>
    <message>
        <source>the SNMP v3 context name is too long: at most 32 bytes</source>
        <translation>el nombre de contexto SNMP v3 es demasiado largo: como máximo 32 bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vendor profile id: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>&quot;%1&quot; no es un id de perfil de fabricante: usar letras, dígitos, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <source>no brand with id %1</source>
        <translation>no hay ninguna marca con id %1</translation>
    </message>
    <message>
        <source>the OID needs a brand</source>
        <translation>el OID necesita una marca</translation>
    </message>
    <message>
        <source>the OID is required</source>
        <translation>el OID es obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2</source>
        <translation>&quot;%1&quot; no es un OID: escribir números separados por puntos, como 1.3.6.1.2.1.1.2</translation>
    </message>
    <message>
        <source>the purpose is required (serial, rx_power, run_state...)</source>
        <translation>el propósito es obligatorio (serial, rx_power, run_state...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose: use lower-case letters, digits and &apos;_&apos;, like rx_power</source>
        <translation>&quot;%1&quot; no es un propósito válido: usar minúsculas, dígitos y &apos;_&apos;, como rx_power</translation>
    </message>
    <message>
        <source>the interval must be between %1 s and %2 s (30 days), not %3 s</source>
        <translation>el intervalo debe estar entre %1 s y %2 s (30 días), no %3 s</translation>
    </message>
</context>
<context>
    <name>SnmpAdminColumns</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>running… %1</source>
        <translation>en curso… %1</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>descubrimiento</translation>
    </message>
    <message>
        <source>polling</source>
        <translation>sondeo</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventario</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>optical</source>
        <translation>óptico</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>fuera de línea</translation>
    </message>
    <message>
        <source>LOS</source>
        <translation>LOS</translation>
    </message>
    <message>
        <source>dying gasp</source>
        <translation>dying gasp</translation>
    </message>
    <message>
        <source>auth failed</source>
        <translation>falla de autenticación</translation>
    </message>
    <message>
        <source>initializing</source>
        <translation>inicializando</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Enterprise (PEN)</source>
        <translation>Empresa (PEN)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>SNMP</source>
        <translation>SNMP</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>detected from sysObjectID</source>
        <translation>según sysObjectID</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>OLTs</source>
        <translation>OLTs</translation>
    </message>
    <message>
        <source>OIDs</source>
        <translation>OIDs</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>OLT</source>
        <translation>OLT</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Encolada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>ONUs</source>
        <translation>ONUs</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>PON port</source>
        <translation>Puerto PON</translation>
    </message>
    <message>
        <source>ONU</source>
        <translation>ONU</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last down cause</source>
        <translation>Última causa de caída</translation>
    </message>
    <message>
        <source>Rx dBm</source>
        <translation>Rx dBm</translation>
    </message>
    <message>
        <source>Tx dBm</source>
        <translation>Tx dBm</translation>
    </message>
    <message>
        <source>OLT Rx dBm</source>
        <translation>OLT Rx dBm</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Descubierta</translation>
    </message>
    <message>
        <source>Status at</source>
        <translation>Hora del estado</translation>
    </message>
    <message>
        <source>Optical at</source>
        <translation>Hora de la lectura óptica</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Próximo reintento</translation>
    </message>
    <message>
        <source>OID name</source>
        <translation>Nombre del OID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recolectado</translation>
    </message>
</context>
<context>
    <name>SourceFetchers</name>
    <message>
        <source>full ONU listing not refreshed (%1): status and optical power were</source>
        <translation>no se actualizó el listado completo de ONUs (%1): el estado y la potencia óptica sí</translation>
    </message>
    <message>
        <source>routers: canceled</source>
        <translation>routers: cancelado</translation>
    </message>
    <message>
        <source>all %1 routers failed, e.g. %2</source>
        <translation>fallaron los %1 routers, p. ej., %2</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <source>: a secret does not belong in settings.ini and is ignored; store it in the OS keychain and delete it from the file</source>
        <translation>: un secreto no va en settings.ini y se ignora; guardarlo en el llavero del sistema y borrarlo del archivo</translation>
    </message>
    <message>
        <source>: unknown setting, ignored</source>
        <translation>: opción desconocida, se ignora</translation>
    </message>
    <message>
        <source>: must be true or false</source>
        <translation>: debe ser true o false</translation>
    </message>
    <message>
        <source>: must be a whole number</source>
        <translation>: debe ser un número entero</translation>
    </message>
    <message>
        <source>: is not a valid URL</source>
        <translation>: no es una URL válida</translation>
    </message>
    <message>
        <source>%1 could not be read as an INI file</source>
        <translation>no se pudo leer %1 como archivo INI</translation>
    </message>
    <message>
        <source>: the sources were saved by a newer Beholder (format %1; this one reads %2)</source>
        <translation>: las fuentes las guardó un Beholder más nuevo (formato %1; este lee %2)</translation>
    </message>
    <message>
        <source>: unknown source, ignored</source>
        <translation>: fuente desconocida, se ignora</translation>
    </message>
    <message>
        <source>: a router&apos;s group must be named by its node id (a positive number)</source>
        <translation>: el grupo de un router debe llevar como nombre su id de nodo (un número positivo)</translation>
    </message>
    <message>
        <source>: refusing to write a secret to settings.ini</source>
        <translation>: no se escribe un secreto en settings.ini</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>no se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>SourceValidation</name>
    <message>
        <source>not used by routeros: each router has its own host and port</source>
        <translation>no lo usa routeros: cada router tiene su propio host y puerto</translation>
    </message>
    <message>
        <source>required: the OAuth client id of the cnMaestro API client</source>
        <translation>obligatorio: el client id OAuth del cliente de API de cnMaestro</translation>
    </message>
    <message>
        <source>required: the ISPCube API user name</source>
        <translation>obligatorio: el nombre de usuario de la API de ISPCube</translation>
    </message>
    <message>
        <source>not used by %1</source>
        <translation>no lo usa %1</translation>
    </message>
    <message>
        <source>required: the ISPCube company id (client-id header)</source>
        <translation>obligatorio: el id de empresa de ISPCube (encabezado client-id)</translation>
    </message>
    <message>
        <source>not used by cnmaestro: its OAuth client id goes in user</source>
        <translation>no lo usa cnmaestro: su client id OAuth va en user</translation>
    </message>
    <message>
        <source>not used by routeros</source>
        <translation>no lo usa routeros</translation>
    </message>
    <message>
        <source>must be a positive node id (nodes.id in the CRM)</source>
        <translation>debe ser un id de nodo positivo (nodes.id en el CRM)</translation>
    </message>
    <message>
        <source>required: the router&apos;s host name or IP address</source>
        <translation>obligatorio: el nombre de host o la dirección IP del router</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address</source>
        <translation>&quot;%1&quot; no es un nombre de host ni una dirección IP válidos</translation>
    </message>
    <message>
        <source>8728 is the plain API port; API-SSL usually listens on 8729</source>
        <translation>8728 es el puerto de la API sin cifrar; API-SSL suele escuchar en 8729</translation>
    </message>
    <message>
        <source>8729 is the API-SSL port; set tls to true or use 8728</source>
        <translation>8729 es el puerto de API-SSL; poner tls en true o usar 8728</translation>
    </message>
    <message>
        <source>required: the RouterOS API user</source>
        <translation>obligatorio: el usuario de la API de RouterOS</translation>
    </message>
    <message>
        <source>%1 appears more than once</source>
        <translation>%1 aparece más de una vez</translation>
    </message>
    <message>
        <source>node id %1 appears more than once</source>
        <translation>el id de nodo %1 aparece más de una vez</translation>
    </message>
    <message>
        <source>another router has the same host and port</source>
        <translation>otro router tiene el mismo host y puerto</translation>
    </message>
    <message>
        <source>required: the API&apos;s base URL</source>
        <translation>obligatorio: la URL base de la API</translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation>no es una URL válida</translation>
    </message>
    <message>
        <source>must start with https:// (or http://)</source>
        <translation>debe empezar con https:// (o http://)</translation>
    </message>
    <message>
        <source>has no host name</source>
        <translation>no tiene nombre de host</translation>
    </message>
    <message>
        <source>port must be 1-65535</source>
        <translation>el puerto debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>must not contain a user name or password: secrets belong in the OS keychain</source>
        <translation>no debe contener usuario ni contraseña: los secretos van en el llavero del sistema</translation>
    </message>
    <message>
        <source>must not have a query (?...) or fragment (#...)</source>
        <translation>no debe tener consulta (?...) ni fragmento (#...)</translation>
    </message>
    <message>
        <source>uses plain http: credentials and customer data travel unencrypted</source>
        <translation>usa http plano: las credenciales y los datos de los clientes viajan sin cifrar</translation>
    </message>
    <message>
        <source>must be %1-%2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
</context>
<context>
    <name>SourceWriter</name>
    <message>
        <source>%1 %2 left out: they refer to something the source did not list</source>
        <translation>%1 %2 omitidas: hacen referencia a algo que la fuente no listó</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>conexiones</translation>
    </message>
    <message>
        <source>ONUs</source>
        <translation>ONUs</translation>
    </message>
    <message>
        <source>%1 ONUs are new since the last full listing: they appear after the next one</source>
        <translation>%1 ONUs son nuevas desde el último listado completo: aparecen después del próximo</translation>
    </message>
    <message>
        <source>cannot mark the search index for rebuilding</source>
        <translation>no se puede marcar el índice de búsqueda para reconstruirlo</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>a sync of this profile is already running (%1, process %2 on %3)</source>
        <translation>ya hay una sincronización de este perfil en curso (%1, proceso %2 en %3)</translation>
    </message>
    <message>
        <source>cannot take the sync lock %1</source>
        <translation>no se puede tomar el bloqueo de sincronización %1</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1, %2</source>
        <translation>al %1, %2</translation>
    </message>
</context>
<context>
    <name>TlsException</name>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 no presentó ningún certificado</translation>
    </message>
    <message>
        <source>the certificate of %1 changed since it was trusted: trusted SHA-256 %2, presented SHA-256 %3 (%4); refused until the new certificate is trusted</source>
        <translation>el certificado de %1 cambió desde que se confió en él: SHA-256 de confianza %2, SHA-256 presentado %3 (%4); se rechaza hasta que se confíe en el nuevo certificado</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2 (SHA-256 %3, %4)</source>
        <translation>el certificado de %1 no es de confianza: %2 (SHA-256 %3, %4)</translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation>el certificado es autofirmado</translation>
    </message>
    <message>
        <source>the certificate chain ends in a self-signed certificate this computer does not trust</source>
        <translation>la cadena de certificados termina en un certificado autofirmado en el que esta computadora no confía</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>el certificado venció</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>el certificado venció el %1</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>el certificado todavía no es válido</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1</source>
        <translation>el certificado no es válido antes del %1</translation>
    </message>
    <message>
        <source>the certificate is not issued for %1</source>
        <translation>el certificado no está emitido para %1</translation>
    </message>
    <message>
        <source>the certificate is issued for %1, not %2</source>
        <translation>el certificado está emitido para %1, no para %2</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is not trusted by this computer</source>
        <translation>esta computadora no confía en el emisor del certificado</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer (%1) is not trusted by this computer</source>
        <translation>esta computadora no confía en el emisor del certificado (%1)</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>el certificado fue revocado</translation>
    </message>
    <message>
        <source>the certificate is not trusted for a server</source>
        <translation>el certificado no es de confianza para un servidor</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature is invalid</source>
        <translation>la firma del certificado no es válida</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>no se pudo verificar el certificado</translation>
    </message>
    <message>
        <source>host: required: the host name or address the exception is for</source>
        <translation>host: obligatorio: el nombre de host o la dirección a la que se aplica la excepción</translation>
    </message>
    <message>
        <source>host: must be a host name or IP address, without scheme, port or path (no wildcards)</source>
        <translation>host: debe ser un nombre de host o una dirección IP, sin esquema, puerto ni ruta (sin comodines)</translation>
    </message>
    <message>
        <source>sha256: must be a SHA-256 fingerprint: 64 hex digits, e.g. AB:CD:…</source>
        <translation>sha256: debe ser una huella SHA-256: 64 dígitos hexadecimales, p. ej., AB:CD:…</translation>
    </message>
    <message>
        <source>%1: cannot be read as an INI file</source>
        <translation>%1: no se puede leer como archivo INI</translation>
    </message>
    <message>
        <source>port: must be 0 (any port) or 1-65535</source>
        <translation>port: debe ser 0 (cualquier puerto) o estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time (2027-03-01T00:00:00Z); ignored</source>
        <translation>no es una fecha y hora ISO 8601 (2027-03-01T00:00:00Z); se ignora</translation>
    </message>
    <message>
        <source>host: %1 has another exception for the same port; only the first applies</source>
        <translation>host: %1 tiene otra excepción para el mismo puerto; solo se aplica la primera</translation>
    </message>
    <message>
        <source>host: %1 has another exception for the same port</source>
        <translation>host: %1 tiene otra excepción para el mismo puerto</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: no se pudo escribir</translation>
    </message>
</context>
<context>
    <name>Tone</name>
    <message>
        <source>overload</source>
        <translation>sobrecarga</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>below budget</source>
        <translation>bajo el presupuesto óptico</translation>
    </message>
    <message>
        <source>too weak</source>
        <translation>demasiado débil</translation>
    </message>
    <message>
        <source>weak link</source>
        <translation>enlace débil</translation>
    </message>
    <message>
        <source>poor link</source>
        <translation>enlace deficiente</translation>
    </message>
</context>
<context>
    <name>Triage::Expression</name>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>cualquier valor</translation>
    </message>
    <message>
        <source>true/false values</source>
        <translation>valores true/false</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>texts</source>
        <translation>textos</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>a fact name cannot end with &apos;.&apos;</source>
        <translation>un nombre de dato no puede terminar en &apos;.&apos;</translation>
    </message>
    <message>
        <source>use &apos;&amp;&amp;&apos; instead of &apos;and&apos;</source>
        <translation>usar &apos;&amp;&amp;&apos; en lugar de &apos;and&apos;</translation>
    </message>
    <message>
        <source>use &apos;||&apos; instead of &apos;or&apos;</source>
        <translation>usar &apos;||&apos; en lugar de &apos;or&apos;</translation>
    </message>
    <message>
        <source>use &apos;!&apos; instead of &apos;not&apos;</source>
        <translation>usar &apos;!&apos; en lugar de &apos;not&apos;</translation>
    </message>
    <message>
        <source>expected a threshold name after &apos;$&apos;</source>
        <translation>se esperaba un nombre de umbral después de &apos;$&apos;</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>se esperaban dígitos después del punto decimal</translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation>se esperaban dígitos en el exponente</translation>
    </message>
    <message>
        <source>unexpected %1 after a number</source>
        <translation>carácter %1 inesperado después de un número</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>el número es demasiado grande</translation>
    </message>
    <message>
        <source>only \&apos; and \\ may follow a backslash in &apos;text&apos;</source>
        <translation>en un &apos;texto&apos;, después de una barra invertida solo pueden ir \&apos; y \\</translation>
    </message>
    <message>
        <source>the text that starts here is not closed with &apos;</source>
        <translation>el texto que empieza aquí no se cierra con &apos;</translation>
    </message>
    <message>
        <source>&apos;=&apos; alone is not an operator: compare with &apos;==&apos;</source>
        <translation>&apos;=&apos; solo no es un operador: comparar con &apos;==&apos;</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; alone is not an operator: use &apos;&amp;&amp;&apos;</source>
        <translation>&apos;&amp;&apos; solo no es un operador: usar &apos;&amp;&amp;&apos;</translation>
    </message>
    <message>
        <source>&apos;|&apos; alone is not an operator: use &apos;||&apos;</source>
        <translation>&apos;|&apos; solo no es un operador: usar &apos;||&apos;</translation>
    </message>
    <message>
        <source>text goes in single quotes: &apos;like this&apos;</source>
        <translation>el texto va entre comillas simples: &apos;así&apos;</translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation>carácter inesperado %1</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; sin su &apos;(&apos; correspondiente</translation>
    </message>
    <message>
        <source>expected an operator or the end, found %1</source>
        <translation>se esperaba un operador o el final; se encontró %1</translation>
    </message>
    <message>
        <source>the condition must be true or false, not %1</source>
        <translation>la condición debe dar true o false, no %1</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true or false on both sides, not %2</source>
        <translation>&apos;%1&apos; necesita true o false a ambos lados, no %2</translation>
    </message>
    <message>
        <source>&apos;!&apos; needs true or false, not %1</source>
        <translation>&apos;!&apos; necesita true o false, no %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers, not %2</source>
        <translation>&apos;%1&apos; compara números, no %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare %2 with %3</source>
        <translation>&apos;%1&apos; no puede comparar %2 con %3</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: join them with &apos;&amp;&amp;&apos;</source>
        <translation>las comparaciones no se pueden encadenar: unirlas con &apos;&amp;&amp;&apos;</translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos;</source>
        <translation>se esperaba &apos;[&apos; después de &apos;in&apos;</translation>
    </message>
    <message>
        <source>the list after &apos;in&apos; is empty</source>
        <translation>la lista después de &apos;in&apos; está vacía</translation>
    </message>
    <message>
        <source>expected a number after &apos;-&apos;</source>
        <translation>se esperaba un número después de &apos;-&apos;</translation>
    </message>
    <message>
        <source>the &apos;[&apos; here is not closed with &apos;]&apos;</source>
        <translation>el &apos;[&apos; de aquí no se cierra con &apos;]&apos;</translation>
    </message>
    <message>
        <source>a list holds numbers, &apos;text&apos;, true or false, not %1</source>
        <translation>una lista contiene números, &apos;texto&apos;, true o false, no %1</translation>
    </message>
    <message>
        <source>the list mixes %1 and %2</source>
        <translation>la lista mezcla %1 y %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en la lista; se encontró %1</translation>
    </message>
    <message>
        <source>&apos;in&apos; looks for %1 in a list of %2</source>
        <translation>&apos;in&apos; busca %1 en una lista de %2</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; necesita un número, no %1</translation>
    </message>
    <message>
        <source>unknown threshold &apos;$%1&apos;</source>
        <translation>umbral desconocido &apos;$%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;known&apos;</source>
        <translation>se esperaba &apos;(&apos; después de &apos;known&apos;</translation>
    </message>
    <message>
        <source>known() takes a fact name, not %1</source>
        <translation>known() recibe un nombre de dato, no %1</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after the fact name in known()</source>
        <translation>se esperaba &apos;)&apos; después del nombre de dato en known()</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>se esperaba &apos;)&apos; para cerrar el &apos;(&apos; de la columna %1; se encontró %2</translation>
    </message>
    <message>
        <source>the condition ends where a value was expected</source>
        <translation>la condición termina donde se esperaba un valor</translation>
    </message>
    <message>
        <source>expected a fact, a $threshold, a number, &apos;text&apos;, true or false, found %1</source>
        <translation>se esperaba un dato, un $umbral, un número, &apos;texto&apos;, true o false; se encontró %1</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>columna %1: %2</translation>
    </message>
    <message>
        <source>the condition is longer than %1 characters</source>
        <translation>la condición supera los %1 caracteres</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>la condición está vacía</translation>
    </message>
</context>
<context>
    <name>Triage::Reason</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>columna %1: %2</translation>
    </message>
    <message>
        <source>the text is longer than 4000 characters</source>
        <translation>el texto supera los 4000 caracteres</translation>
    </message>
    <message>
        <source>&apos;}&apos; without a matching &apos;{&apos; (write &apos;}}&apos; for a brace)</source>
        <translation>&apos;}&apos; sin su &apos;{&apos; correspondiente (escribir &apos;}}&apos; para una llave literal)</translation>
    </message>
    <message>
        <source>&apos;[[&apos; inside &apos;[[ ]]&apos;: optional parts do not nest</source>
        <translation>&apos;[[&apos; dentro de &apos;[[ ]]&apos;: las partes opcionales no se anidan</translation>
    </message>
    <message>
        <source>&apos;]]&apos; without a matching &apos;[[&apos;</source>
        <translation>&apos;]]&apos; sin su &apos;[[&apos; correspondiente</translation>
    </message>
    <message>
        <source>&apos;{&apos; is not closed with &apos;}&apos; (write &apos;{{&apos; for a brace)</source>
        <translation>&apos;{&apos; no se cierra con &apos;}&apos; (escribir &apos;{{&apos; para una llave literal)</translation>
    </message>
    <message>
        <source>&apos;{}&apos; names no fact or threshold</source>
        <translation>&apos;{}&apos; no nombra ningún dato ni umbral</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; is not a fact or threshold name</source>
        <translation>&apos;{%1}&apos; no es un nombre de dato ni de umbral</translation>
    </message>
    <message>
        <source>unknown threshold &apos;$%1&apos;</source>
        <translation>umbral desconocido &apos;$%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;:%1&apos; (use 0-6, time, duration, duration_s, age or pct)</source>
        <translation>formato desconocido &apos;:%1&apos; (usar 0-6, time, duration, duration_s, age o pct)</translation>
    </message>
    <message>
        <source>&apos;:age&apos; is for facts, not thresholds</source>
        <translation>&apos;:age&apos; es para datos, no para umbrales</translation>
    </message>
    <message>
        <source>&apos;:%1&apos; needs a number, and &apos;%2&apos; is %3</source>
        <translation>&apos;:%1&apos; necesita un número, y &apos;%2&apos; es de tipo %3</translation>
    </message>
    <message>
        <source>&apos;[[&apos; is not closed with &apos;]]&apos;</source>
        <translation>&apos;[[&apos; no se cierra con &apos;]]&apos;</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation>%1 días %2 h</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
</context>
<context>
    <name>Triage::RuleBook</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>campo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>falta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation>&apos;%1&apos; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos; (one of %2)</source>
        <translation>veredicto desconocido &apos;%1&apos; (valores posibles: %2)</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; (one of %2)</source>
        <translation>severidad desconocida &apos;%1&apos; (valores posibles: %2)</translation>
    </message>
    <message>
        <source>&apos;when&apos;: %1</source>
        <translation>&apos;when&apos;: %1</translation>
    </message>
    <message>
        <source>&apos;when&apos; reads unknown fact &apos;%1&apos;</source>
        <translation>&apos;when&apos; lee el dato desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;reason&apos;: %1</source>
        <translation>&apos;reason&apos;: %1</translation>
    </message>
    <message>
        <source>&apos;reason&apos; quotes unknown fact &apos;%1&apos;</source>
        <translation>&apos;reason&apos; cita el dato desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; must be lower-case words joined by dots, like &apos;fibre.los&apos;</source>
        <translation>el id &apos;%1&apos; debe ser palabras en minúsculas unidas por puntos, como &apos;fibre.los&apos;</translation>
    </message>
    <message>
        <source>&apos;variants&apos; must be a list</source>
        <translation>&apos;variants&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>variant %1: </source>
        <translation>variante %1: </translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>changes nothing: give it a verdict, severity, title or reason</source>
        <translation>no cambia nada: indicar un veredicto, una severidad, un título o un motivo (verdict, severity, title o reason)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON no válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>a rules file is a JSON object with &quot;format&quot; and &quot;rules&quot;</source>
        <translation>un archivo de reglas es un objeto JSON con &quot;format&quot; y &quot;rules&quot;</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;format&quot; debe ser &quot;%1&quot;, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; at the top of the rules file</source>
        <translation>campo desconocido &apos;%1&apos; en el nivel superior del archivo de reglas</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules</source>
        <translation>&quot;rules&quot; debe ser una lista de reglas</translation>
    </message>
    <message>
        <source>rule %1: </source>
        <translation>regla %1: </translation>
    </message>
    <message>
        <source>rule %1 (%2): </source>
        <translation>regla %1 (%2): </translation>
    </message>
    <message>
        <source>duplicate rule id &apos;%1&apos; (rules %2 and %3)</source>
        <translation>id de regla duplicado &apos;%1&apos; (reglas %2 y %3)</translation>
    </message>
    <message>
        <source>the rules file has no rules</source>
        <translation>el archivo de reglas no tiene reglas</translation>
    </message>
    <message>
        <source>No rule applies to what is known so far</source>
        <translation>Ninguna regla se aplica a lo que se sabe hasta ahora</translation>
    </message>
</context>
<context>
    <name>Triage::Rules</name>
    <message>
        <source>PON port outage</source>
        <translation>Corte de puerto PON</translation>
    </message>
    <message>
        <source>{outage.pon.clustered} of {outage.pon.total} ONUs on {outage.pon.label} down[[ since {outage.pon.since:time}]][[ ({outage.pon.los} LOS, {outage.pon.power} power)]]</source>
        <translation>{outage.pon.clustered} de {outage.pon.total} ONUs de {outage.pon.label} caídas[[ desde {outage.pon.since:time}]][[ ({outage.pon.los} por LOS, {outage.pon.power} por energía)]]</translation>
    </message>
    <message>
        <source>Area power cut</source>
        <translation>Corte de energía en la zona</translation>
    </message>
    <message>
        <source>{outage.pon.clustered} of {outage.pon.total} ONUs on {outage.pon.label} down[[ since {outage.pon.since:time}]] ({outage.pon.los} LOS, {outage.pon.power} power): mostly power failures, likely an area power cut</source>
        <translation>{outage.pon.clustered} de {outage.pon.total} ONUs de {outage.pon.label} caídas[[ desde {outage.pon.since:time}]] ({outage.pon.los} por LOS, {outage.pon.power} por energía): en su mayoría cortes de energía, probablemente un corte de energía en la zona</translation>
    </message>
    <message>
        <source>Access point outage</source>
        <translation>Corte de punto de acceso</translation>
    </message>
    <message>
        <source>{outage.ap.clustered} of {outage.ap.total} subscriber modules on {outage.ap.label} down[[ since {outage.ap.since:time}]]</source>
        <translation>{outage.ap.clustered} de {outage.ap.total} módulos de abonado de {outage.ap.label} caídos[[ desde {outage.ap.since:time}]]</translation>
    </message>
    <message>
        <source>The access point[[ {outage.ap.label}]] is down[[ ({outage.ap.down} of its {outage.ap.total} subscriber modules offline)]]</source>
        <translation>El punto de acceso[[ {outage.ap.label}]] está caído[[ ({outage.ap.down} de sus {outage.ap.total} módulos de abonado fuera de línea)]]</translation>
    </message>
    <message>
        <source>Router outage</source>
        <translation>Corte de router</translation>
    </message>
    <message>
        <source>{outage.router.clustered} of {outage.router.total} PPPoE sessions on {outage.router.label} dropped[[ since {outage.router.since:time}]]</source>
        <translation>{outage.router.clustered} de {outage.router.total} sesiones PPPoE de {outage.router.label} caídas[[ desde {outage.router.since:time}]]</translation>
    </message>
    <message>
        <source>The router[[ {outage.router.label}]] does not answer[[ ({source.router.error})]]: likely an outage of the whole node</source>
        <translation>El router[[ {outage.router.label}]] no responde[[ ({source.router.error})]]: probablemente un corte de todo el nodo</translation>
    </message>
    <message>
        <source>ONU in LOS</source>
        <translation>ONU en LOS</translation>
    </message>
    <message>
        <source>ONU in LOS[[ for {onu.down_minutes:duration}]]: the fibre is cut or disconnected[[ (last down cause: {onu.down_cause})]]</source>
        <translation>ONU en LOS[[ desde hace {onu.down_minutes:duration}]]: la fibra está cortada o desconectada[[ (última causa de caída: {onu.down_cause})]]</translation>
    </message>
    <message>
        <source>Repeated power failures</source>
        <translation>Cortes de energía repetidos</translation>
    </message>
    <message>
        <source>{onu.power_fails_24h} power failures in 24 h ({$dying_gasp_repeat_24h} or more): the ONU&apos;s power supply or wiring needs a technician</source>
        <translation>{onu.power_fails_24h} cortes de energía en 24 h ({$dying_gasp_repeat_24h} o más): la fuente de alimentación o el cableado de la ONU necesitan un técnico</translation>
    </message>
    <message>
        <source>ONU without power</source>
        <translation>ONU sin energía</translation>
    </message>
    <message>
        <source>The ONU lost power (dying gasp)[[ {onu.down_minutes:duration} ago]]: ask the customer to check that it is plugged in and switched on</source>
        <translation>La ONU se quedó sin energía (dying gasp)[[ hace {onu.down_minutes:duration}]]: pedir al cliente que verifique que esté enchufada y encendida</translation>
    </message>
    <message>
        <source>Degraded fibre</source>
        <translation>Fibra degradada</translation>
    </message>
    <message>
        <source>ONU offline after signal errors[[ ({onu.down_cause})]][[ for {onu.down_minutes:duration}]]: dirty or bent fibre</source>
        <translation>ONU fuera de línea tras errores de señal[[ ({onu.down_cause})]][[ desde hace {onu.down_minutes:duration}]]: fibra sucia o doblada</translation>
    </message>
    <message>
        <source>ONU offline</source>
        <translation>ONU fuera de línea</translation>
    </message>
    <message>
        <source>ONU offline[[ for {onu.down_minutes:duration}]] and the OLT gives no down cause: check it on site</source>
        <translation>ONU fuera de línea[[ desde hace {onu.down_minutes:duration}]] y la OLT no informa ninguna causa de caída: revisarla en el lugar</translation>
    </message>
    <message>
        <source>ONU offline[[ for {onu.down_minutes:duration}]] after &apos;{onu.down_cause}&apos;, a down cause Beholder does not classify: check it on site</source>
        <translation>ONU fuera de línea[[ desde hace {onu.down_minutes:duration}]] tras &apos;{onu.down_cause}&apos;, una causa de caída que Beholder no clasifica: revisarla en el lugar</translation>
    </message>
    <message>
        <source>ONU disabled at the OLT</source>
        <translation>ONU deshabilitada en la OLT</translation>
    </message>
    <message>
        <source>The ONU is disabled at the OLT: nothing reaches it until it is enabled again (find out why it was disabled)</source>
        <translation>La ONU está deshabilitada en la OLT: no le llega nada hasta que se vuelva a habilitar (averiguar por qué se deshabilitó)</translation>
    </message>
    <message>
        <source>Rx below the budget</source>
        <translation>Rx por debajo del presupuesto óptico</translation>
    </message>
    <message>
        <source>ONU Rx {onu.rx_dbm:1} dBm is weaker than {$rx_critical_dbm} dBm: below the optical budget (dirty connector, bad splice or damaged drop)</source>
        <translation>ONU Rx {onu.rx_dbm:1} dBm, más débil que {$rx_critical_dbm} dBm: por debajo del presupuesto óptico (conector sucio, empalme defectuoso o acometida dañada)</translation>
    </message>
    <message>
        <source>Rx overload</source>
        <translation>Sobrecarga de Rx</translation>
    </message>
    <message>
        <source>ONU Rx {onu.rx_dbm:1} dBm is stronger than {$rx_overload_dbm} dBm: overload, the ONU needs an attenuator</source>
        <translation>ONU Rx {onu.rx_dbm:1} dBm, más fuerte que {$rx_overload_dbm} dBm: sobrecarga, la ONU necesita un atenuador</translation>
    </message>
    <message>
        <source>Weak upstream signal</source>
        <translation>Señal de subida débil</translation>
    </message>
    <message>
        <source>OLT Rx {onu.olt_rx_dbm:1} dBm is weaker than {$olt_rx_warning_dbm} dBm: the ONU&apos;s transmitter or the OLT port</source>
        <translation>OLT Rx {onu.olt_rx_dbm:1} dBm, más débil que {$olt_rx_warning_dbm} dBm: el transmisor de la ONU o el puerto de la OLT</translation>
    </message>
    <message>
        <source>Weak signal both ways</source>
        <translation>Señal débil en ambos sentidos</translation>
    </message>
    <message>
        <source>Both directions are weak (ONU Rx {onu.rx_dbm:1} dBm, OLT Rx {onu.olt_rx_dbm:1} dBm): the drop or the fibre path</source>
        <translation>Ambos sentidos están débiles (ONU Rx {onu.rx_dbm:1} dBm, OLT Rx {onu.olt_rx_dbm:1} dBm): la acometida o el recorrido de la fibra</translation>
    </message>
    <message>
        <source>Weak optical signal</source>
        <translation>Señal óptica débil</translation>
    </message>
    <message>
        <source>ONU Rx {onu.rx_dbm:1} dBm is weaker than {$rx_warning_dbm} dBm: weak signal, still within the budget</source>
        <translation>ONU Rx {onu.rx_dbm:1} dBm, más débil que {$rx_warning_dbm} dBm: señal débil, todavía dentro del presupuesto óptico</translation>
    </message>
    <message>
        <source>Optical signal drifting</source>
        <translation>Señal óptica en degradación</translation>
    </message>
    <message>
        <source>ONU Rx changed by {onu.rx_drift_db:1} dB in the last 7 days (now {onu.rx_dbm:1} dBm): a dirty connector or a bent fibre getting worse</source>
        <translation>ONU Rx varió {onu.rx_drift_db:1} dB en los últimos 7 días (ahora {onu.rx_dbm:1} dBm): un conector sucio o una fibra doblada que empeora</translation>
    </message>
    <message>
        <source>Antenna offline</source>
        <translation>Antena fuera de línea</translation>
    </message>
    <message>
        <source>The customer&apos;s antenna is offline[[ for {sm.down_minutes:duration}]] while its access point[[ {outage.ap.label}]] is up: ask the customer to check the antenna&apos;s power, cable and PoE</source>
        <translation>La antena del cliente está fuera de línea[[ desde hace {sm.down_minutes:duration}]] mientras su punto de acceso[[ {outage.ap.label}]] está activo: pedir al cliente que verifique la alimentación, el cable y el PoE de la antena</translation>
    </message>
    <message>
        <source>Very low SNR</source>
        <translation>SNR muy baja</translation>
    </message>
    <message>
        <source>SNR {sm.snr_db:1} dB is below {$snr_critical_db} dB: the antenna is misaligned or obstructed</source>
        <translation>SNR {sm.snr_db:1} dB, por debajo de {$snr_critical_db} dB: la antena está desalineada u obstruida</translation>
    </message>
    <message>
        <source>Very low RSSI</source>
        <translation>RSSI muy bajo</translation>
    </message>
    <message>
        <source>RSSI {sm.rssi_dbm:1} dBm is weaker than {$rssi_critical_dbm} dBm: the antenna needs aligning or a clear line of sight</source>
        <translation>RSSI {sm.rssi_dbm:1} dBm, más débil que {$rssi_critical_dbm} dBm: hay que alinear la antena o despejar la línea de vista</translation>
    </message>
    <message>
        <source>Weak SNR</source>
        <translation>SNR débil</translation>
    </message>
    <message>
        <source>SNR {sm.snr_db:1} dB is below {$snr_warning_db} dB: weak radio link, still working</source>
        <translation>SNR {sm.snr_db:1} dB, por debajo de {$snr_warning_db} dB: enlace de radio débil, todavía funciona</translation>
    </message>
    <message>
        <source>Weak RSSI</source>
        <translation>RSSI débil</translation>
    </message>
    <message>
        <source>RSSI {sm.rssi_dbm:1} dBm is weaker than {$rssi_warning_dbm} dBm: low signal, still working</source>
        <translation>RSSI {sm.rssi_dbm:1} dBm, más débil que {$rssi_warning_dbm} dBm: señal baja, todavía funciona</translation>
    </message>
    <message>
        <source>Flapping with a weak signal</source>
        <translation>Sesión inestable con señal débil</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour and the signal is weak: the link itself drops</source>
        <translation>{session.starts_1h} inicios de sesión en la última hora y la señal es débil: es el propio enlace el que se cae</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour with ONU Rx at {onu.rx_dbm:1} dBm: the optical link itself drops</source>
        <translation>{session.starts_1h} inicios de sesión en la última hora con ONU Rx en {onu.rx_dbm:1} dBm: es el propio enlace óptico el que se cae</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour with OLT Rx at {onu.olt_rx_dbm:1} dBm: the optical link itself drops</source>
        <translation>{session.starts_1h} inicios de sesión en la última hora con OLT Rx en {onu.olt_rx_dbm:1} dBm: es el propio enlace óptico el que se cae</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour with SNR at {sm.snr_db:1} dB: the radio link itself drops</source>
        <translation>{session.starts_1h} inicios de sesión en la última hora con SNR en {sm.snr_db:1} dB: es el propio enlace de radio el que se cae</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour with RSSI at {sm.rssi_dbm:1} dBm: the radio link itself drops</source>
        <translation>{session.starts_1h} inicios de sesión en la última hora con RSSI en {sm.rssi_dbm:1} dBm: es el propio enlace de radio el que se cae</translation>
    </message>
    <message>
        <source>No PPPoE session</source>
        <translation>Sin sesión PPPoE</translation>
    </message>
    <message>
        <source>The antenna is online but there is no PPPoE session[[ on {secret.router}]]: check the credentials, the router or the customer&apos;s router (CPE)</source>
        <translation>La antena está en línea, pero no hay sesión PPPoE[[ en {secret.router}]]: revisar las credenciales, el router o el router del cliente (CPE)</translation>
    </message>
    <message>
        <source>The ONU is online but there is no PPPoE session[[ on {secret.router}]]: check the credentials, the router or the customer&apos;s router (CPE)</source>
        <translation>La ONU está en línea, pero no hay sesión PPPoE[[ en {secret.router}]]: revisar las credenciales, el router o el router del cliente (CPE)</translation>
    </message>
    <message>
        <source>Session flapping</source>
        <translation>Sesión inestable</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour ({$flap_starts_1h} or more) with a good signal: check the customer&apos;s router (CPE), its power and its cabling</source>
        <translation>{session.starts_1h} inicios de sesión en la última hora ({$flap_starts_1h} o más) con buena señal: revisar el router del cliente (CPE), su alimentación y su cableado</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Cuenta suspendida</translation>
    </message>
    <message>
        <source>The account is suspended in the CRM[[ ({crm.status_raw})]]: the service is cut for billing, not by a fault</source>
        <translation>La cuenta está suspendida en el CRM[[ ({crm.status_raw})]]: el servicio está cortado por facturación, no por una falla</translation>
    </message>
    <message>
        <source>The account is suspended in the CRM[[ ({crm.status_raw})]] with a debt of $ {crm.debt_ars:0}: the service is cut for billing, not by a fault</source>
        <translation>La cuenta está suspendida en el CRM[[ ({crm.status_raw})]] con una deuda de $ {crm.debt_ars:0}: el servicio está cortado por facturación, no por una falla</translation>
    </message>
    <message>
        <source>Account cancelled</source>
        <translation>Cuenta dada de baja</translation>
    </message>
    <message>
        <source>The account is cancelled in the CRM[[ ({crm.status_raw})]]: the service was ended, not broken</source>
        <translation>La cuenta está dada de baja en el CRM[[ ({crm.status_raw})]]: el servicio se dio de baja; no es una falla</translation>
    </message>
    <message>
        <source>PPPoE secret disabled</source>
        <translation>Secret PPPoE deshabilitado</translation>
    </message>
    <message>
        <source>The PPPoE secret is disabled on the router[[ {secret.router}]]: the line cannot connect until it is enabled</source>
        <translation>El secret PPPoE está deshabilitado en el router[[ {secret.router}]]: la línea no puede conectarse hasta que se habilite</translation>
    </message>
    <message>
        <source>Not linked to the CRM</source>
        <translation>No vinculado al CRM</translation>
    </message>
    <message>
        <source>PPPoE user[[ on {secret.router}]] but in no CRM connection: fix the CRM; the line is still diagnosed</source>
        <translation>Usuario PPPoE[[ en {secret.router}]], pero en ninguna conexión del CRM: corregir el CRM; la línea se diagnostica igual</translation>
    </message>
    <message>
        <source>CRM and network disagree</source>
        <translation>El CRM y la red no coinciden</translation>
    </message>
    <message>
        <source>The CRM puts this line on {crm.node} but its secret is on {secret.router}: fix the CRM or move the secret</source>
        <translation>El CRM ubica esta línea en {crm.node}, pero su secret está en {secret.router}: corregir el CRM o mover el secret</translation>
    </message>
    <message>
        <source>Line saturated</source>
        <translation>Línea saturada</translation>
    </message>
    <message>
        <source>The line is full, not broken: live traffic at {traffic.load_pct:0} % of the plan[[ ({traffic.down_mbps:1} Mbps down, {traffic.up_mbps:1} Mbps up)]]</source>
        <translation>La línea está saturada, no rota: tráfico en vivo al {traffic.load_pct:0} % del plan[[ ({traffic.down_mbps:1} Mbps de bajada, {traffic.up_mbps:1} Mbps de subida)]]</translation>
    </message>
    <message>
        <source>Router did not answer</source>
        <translation>El router no respondió</translation>
    </message>
    <message>
        <source>The router[[ {secret.router}]] did not answer[[ ({source.router.error})]]: the session state is unknown</source>
        <translation>El router[[ {secret.router}]] no respondió[[ ({source.router.error})]]: no se conoce el estado de la sesión</translation>
    </message>
    <message>
        <source>Router not asked (offline)</source>
        <translation>Router no consultado (fuera de línea)</translation>
    </message>
    <message>
        <source>No network: the router was not asked and the session state is unknown</source>
        <translation>Sin red: no se consultó al router y no se conoce el estado de la sesión</translation>
    </message>
    <message>
        <source>SmartOLT did not answer</source>
        <translation>SmartOLT no respondió</translation>
    </message>
    <message>
        <source>SmartOLT did not answer[[ ({source.smartolt.error})]]: ONU facts are from the cache[[, {onu.status:age} old]]</source>
        <translation>SmartOLT no respondió[[ ({source.smartolt.error})]]: los datos de la ONU son de la caché[[, de hace {onu.status:age}]]</translation>
    </message>
    <message>
        <source>SmartOLT not asked (offline)</source>
        <translation>SmartOLT no consultado (fuera de línea)</translation>
    </message>
    <message>
        <source>No network: ONU facts are from the cache[[, {onu.status:age} old]]</source>
        <translation>Sin red: los datos de la ONU son de la caché[[, de hace {onu.status:age}]]</translation>
    </message>
    <message>
        <source>cnMaestro did not answer</source>
        <translation>cnMaestro no respondió</translation>
    </message>
    <message>
        <source>cnMaestro did not answer[[ ({source.cnmaestro.error})]]: antenna facts are from the cache[[, {sm.online:age} old]]</source>
        <translation>cnMaestro no respondió[[ ({source.cnmaestro.error})]]: los datos de la antena son de la caché[[, de hace {sm.online:age}]]</translation>
    </message>
    <message>
        <source>cnMaestro not asked (offline)</source>
        <translation>cnMaestro no consultado (fuera de línea)</translation>
    </message>
    <message>
        <source>No network: antenna facts are from the cache[[, {sm.online:age} old]]</source>
        <translation>Sin red: los datos de la antena son de la caché[[, de hace {sm.online:age}]]</translation>
    </message>
    <message>
        <source>Unknown PPPoE user</source>
        <translation>Usuario PPPoE desconocido</translation>
    </message>
    <message>
        <source>The PPPoE user is in no CRM connection and on no router: check how it is spelled</source>
        <translation>El usuario PPPoE no está en ninguna conexión del CRM ni en ningún router: revisar cómo está escrito</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>Everything answers and is within thresholds</source>
        <translation>Todo responde y está dentro de los umbrales</translation>
    </message>
</context>
<context>
    <name>Triage::Severity</name>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
</context>
<context>
    <name>Triage::Thresholds</name>
    <message>
        <source>ONU Rx warning level</source>
        <translation>ONU Rx: nivel de advertencia</translation>
    </message>
    <message>
        <source>ONU Rx weaker than this: weak signal (warning)</source>
        <translation>ONU Rx más débil que esto: señal débil (advertencia)</translation>
    </message>
    <message>
        <source>ONU Rx critical level</source>
        <translation>ONU Rx: nivel crítico</translation>
    </message>
    <message>
        <source>ONU Rx weaker than this: below the optical budget (DISPATCH)</source>
        <translation>ONU Rx más débil que esto: por debajo del presupuesto óptico (ENVIAR TÉCNICO)</translation>
    </message>
    <message>
        <source>ONU Rx overload level</source>
        <translation>ONU Rx: nivel de sobrecarga</translation>
    </message>
    <message>
        <source>ONU Rx stronger than this: overload, needs an attenuator (DISPATCH)</source>
        <translation>ONU Rx más fuerte que esto: sobrecarga, necesita un atenuador (ENVIAR TÉCNICO)</translation>
    </message>
    <message>
        <source>OLT Rx warning level</source>
        <translation>OLT Rx: nivel de advertencia</translation>
    </message>
    <message>
        <source>OLT Rx of the ONU weaker than this: weak upstream (warning)</source>
        <translation>OLT Rx de la ONU más débil que esto: subida débil (advertencia)</translation>
    </message>
    <message>
        <source>Optical drift warning</source>
        <translation>Advertencia por degradación óptica</translation>
    </message>
    <message>
        <source>ONU Rx weaker by this much than a week ago: a fibre getting worse (warning)</source>
        <translation>ONU Rx más débil que hace una semana en esta cantidad: una fibra que empeora (advertencia)</translation>
    </message>
    <message>
        <source>Repeated power failures</source>
        <translation>Cortes de energía repetidos</translation>
    </message>
    <message>
        <source>Power failures in 24 h that make it a DISPATCH</source>
        <translation>Cortes de energía en 24 h que justifican ENVIAR TÉCNICO</translation>
    </message>
    <message>
        <source>SNR warning level</source>
        <translation>SNR: nivel de advertencia</translation>
    </message>
    <message>
        <source>SNR below this: weak radio link (warning)</source>
        <translation>SNR por debajo de esto: enlace de radio débil (advertencia)</translation>
    </message>
    <message>
        <source>SNR critical level</source>
        <translation>SNR: nivel crítico</translation>
    </message>
    <message>
        <source>SNR below this: misaligned or obstructed (DISPATCH)</source>
        <translation>SNR por debajo de esto: antena desalineada u obstruida (ENVIAR TÉCNICO)</translation>
    </message>
    <message>
        <source>RSSI warning level</source>
        <translation>RSSI: nivel de advertencia</translation>
    </message>
    <message>
        <source>RSSI weaker than this: low signal (warning)</source>
        <translation>RSSI más débil que esto: señal baja (advertencia)</translation>
    </message>
    <message>
        <source>RSSI critical level</source>
        <translation>RSSI: nivel crítico</translation>
    </message>
    <message>
        <source>RSSI weaker than this: low signal (DISPATCH)</source>
        <translation>RSSI más débil que esto: señal baja (ENVIAR TÉCNICO)</translation>
    </message>
    <message>
        <source>Session starts for flapping</source>
        <translation>Inicios de sesión para considerarla inestable</translation>
    </message>
    <message>
        <source>PPPoE session starts in an hour that make it flapping</source>
        <translation>Inicios de sesión PPPoE en una hora que la vuelven inestable (flapping)</translation>
    </message>
    <message>
        <source>Saturation level</source>
        <translation>Nivel de saturación</translation>
    </message>
    <message>
        <source>Live traffic at or above this share of the plan is saturated</source>
        <translation>El tráfico en vivo igual o superior a esta proporción del plan se considera saturado</translation>
    </message>
    <message>
        <source>Saturation duration</source>
        <translation>Duración de la saturación</translation>
    </message>
    <message>
        <source>How long traffic must stay saturated (the live chart)</source>
        <translation>Cuánto tiempo debe mantenerse saturado el tráfico (el gráfico en vivo)</translation>
    </message>
    <message>
        <source>PON outage: ONUs down</source>
        <translation>Corte de PON: ONUs caídas</translation>
    </message>
    <message>
        <source>A PON port outage needs at least this many ONUs down together</source>
        <translation>Un corte de puerto PON requiere al menos esta cantidad de ONUs caídas a la vez</translation>
    </message>
    <message>
        <source>PON outage: share of the port</source>
        <translation>Corte de PON: proporción del puerto</translation>
    </message>
    <message>
        <source>... and at least this share of the port&apos;s ONUs (0-1)</source>
        <translation>... y al menos esta proporción de las ONUs del puerto (0-1)</translation>
    </message>
    <message>
        <source>PON outage: window</source>
        <translation>Corte de PON: ventana</translation>
    </message>
    <message>
        <source>... down within this many minutes of each other</source>
        <translation>... caídas con no más de esta cantidad de minutos entre sí</translation>
    </message>
    <message>
        <source>AP outage: subscriber modules down</source>
        <translation>Corte de AP: módulos de abonado caídos</translation>
    </message>
    <message>
        <source>An access point outage needs at least this many SMs down together</source>
        <translation>Un corte de punto de acceso requiere al menos esta cantidad de SMs caídos a la vez</translation>
    </message>
    <message>
        <source>AP outage: share of the AP</source>
        <translation>Corte de AP: proporción del AP</translation>
    </message>
    <message>
        <source>... and at least this share of the access point&apos;s SMs (0-1)</source>
        <translation>... y al menos esta proporción de los SMs del punto de acceso (0-1)</translation>
    </message>
    <message>
        <source>AP outage: window</source>
        <translation>Corte de AP: ventana</translation>
    </message>
    <message>
        <source>Router outage: sessions</source>
        <translation>Corte de router: sesiones</translation>
    </message>
    <message>
        <source>A router outage needs at least this many sessions dropped together</source>
        <translation>Un corte de router requiere al menos esta cantidad de sesiones caídas a la vez</translation>
    </message>
    <message>
        <source>Router outage: share</source>
        <translation>Corte de router: proporción</translation>
    </message>
    <message>
        <source>... and at least this share of the router&apos;s sessions (0-1)</source>
        <translation>... y al menos esta proporción de las sesiones del router (0-1)</translation>
    </message>
    <message>
        <source>Router outage: window</source>
        <translation>Corte de router: ventana</translation>
    </message>
    <message>
        <source>... dropped within this many minutes of each other</source>
        <translation>... caídas con no más de esta cantidad de minutos entre sí</translation>
    </message>
    <message>
        <source>Live source timeout</source>
        <translation>Tiempo de espera de las fuentes en vivo</translation>
    </message>
    <message>
        <source>How long each live source may take to answer</source>
        <translation>Cuánto puede tardar en responder cada fuente en vivo</translation>
    </message>
    <message>
        <source>the ONU Rx critical level (%1) must not be above the warning level (%2)</source>
        <translation>el nivel crítico de ONU Rx (%1) no debe ser mayor que el nivel de advertencia (%2)</translation>
    </message>
    <message>
        <source>the ONU Rx warning level (%1) must be below the overload level (%2)</source>
        <translation>el nivel de advertencia de ONU Rx (%1) debe ser menor que el nivel de sobrecarga (%2)</translation>
    </message>
    <message>
        <source>the SNR critical level (%1) must not be above the warning level (%2)</source>
        <translation>el nivel crítico de SNR (%1) no debe ser mayor que el nivel de advertencia (%2)</translation>
    </message>
    <message>
        <source>the RSSI critical level (%1) must not be above the warning level (%2)</source>
        <translation>el nivel crítico de RSSI (%1) no debe ser mayor que el nivel de advertencia (%2)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 está fuera de rango (%2 a %3)</translation>
    </message>
    <message>
        <source>unknown threshold &apos;%1&apos;</source>
        <translation>umbral desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read; the thresholds are the defaults</source>
        <translation>no se puede leer %1; los umbrales son los predeterminados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <source>%1: %2; using the default, %3</source>
        <translation>%1: %2; se usa el predeterminado, %3</translation>
    </message>
    <message>
        <source>The thresholds contradict each other: %1</source>
        <translation>Los umbrales se contradicen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>Triage::Verdict</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>REMOTE</source>
        <translation>REMOTO</translation>
    </message>
    <message>
        <source>ADMINISTRATIVE</source>
        <translation>ADMINISTRATIVO</translation>
    </message>
    <message>
        <source>CUSTOMER SIDE</source>
        <translation>LADO DEL CLIENTE</translation>
    </message>
    <message>
        <source>DISPATCH</source>
        <translation>ENVIAR TÉCNICO</translation>
    </message>
    <message>
        <source>MASS OUTAGE</source>
        <translation>CORTE MASIVO</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Beholder cannot start</source>
        <translation>Beholder no puede iniciarse</translation>
    </message>
    <message>
        <source>Support and diagnosis console for fibre and wireless ISPs.</source>
        <translation>Consola de soporte y diagnóstico para ISPs de fibra e inalámbricos.</translation>
    </message>
    <message>
        <source>Keep profiles and settings in DIR (default: $%1 or the user&apos;s data folder).</source>
        <translation>Guardar los perfiles y la configuración en DIR (predeterminado: $%1 o la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>Open the profile NAME (default: the last one used).</source>
        <translation>Abrir el perfil NAME (predeterminado: el último usado).</translation>
    </message>
    <message>
        <source>Open the demo profile and sync it from a simulated ISP that runs in this process on 127.0.0.1, as from a real ISP.</source>
        <translation>Abrir el perfil de demostración y sincronizarlo desde un ISP simulado que se ejecuta en este proceso en 127.0.0.1, como desde un ISP real.</translation>
    </message>
    <message>
        <source>Number of customers of the simulated ISP (default: 5000).</source>
        <translation>Cantidad de clientes del ISP simulado (predeterminado: 5000).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <translation>argumento inesperado “%1”; ver --help</translation>
    </message>
    <message>
        <source>--demo-customers needs a number from 1 to 1000000</source>
        <translation>--demo-customers necesita un número de 1 a 1000000</translation>
    </message>
    <message>
        <source>--demo opens the “%1” profile; it cannot be combined with --profile %2</source>
        <translation>--demo abre el perfil “%1”; no se puede combinar con --profile %2</translation>
    </message>
</context>
</TS>
