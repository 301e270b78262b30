<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <source>This profile has no sources yet: import its description with beholder-cli profile import</source>
        <translation>Este perfil todavía no tiene fuentes: importar su descripción con beholder-cli profile import</translation>
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
        <source>About Beholder</source>
        <translation>Acerca de Beholder</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Beholder %1&lt;/h3&gt;&lt;p&gt;Find any customer in milliseconds and see in one screen what is wrong with their fibre or wireless service.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Beholder %1&lt;/h3&gt;&lt;p&gt;Encontrar a cualquier cliente en milisegundos y ver en una sola pantalla qué falla en su servicio de fibra o inalámbrico.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (ejecutándose sobre Qt %3).&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later).&lt;/p&gt;</translation>
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
