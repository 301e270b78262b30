<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>Beholder::BackgroundTaskWidget</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop the background work; the data already cached stays as it was</source>
            <translation>Interromper o trabalho em segundo plano; os dados já em cache ficam como estavam</translation>
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
            <translation>cache ilegível: %1</translation>
        </message>
        <message>
            <source>no cached data</source>
            <translation>sem dados em cache</translation>
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
            <translation>dados %1</translation>
        </message>
        <message>
            <source>The data is more than a day old: sync to refresh it.</source>
            <translation>Os dados têm mais de um dia: sincronize para atualizá-los.</translation>
        </message>
        <message>
            <source>%1 connections, %2 PPP secrets, %3 routers, %4 OLTs, %5 ONUs, %6 access points, %7 antennas</source>
            <translation>%1 conexões, %2 secrets PPP, %3 roteadores, %4 OLTs, %5 ONUs, %6 pontos de acesso, %7 antenas</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>nunca sincronizado</translation>
        </message>
        <message>
            <source> (last run: %1)</source>
            <translation> (última execução: %1)</translation>
        </message>
    </context>
    <context>
        <name>Beholder::CredentialStore</name>
        <message>
            <source>"%1" is not a valid secret name: use 1 to %2 characters among letters, digits, '.', '_', '/' and '-'</source>
            <translation>"%1" não é um nome de segredo válido: use de 1 a %2 caracteres entre letras, dígitos, '.', '_', '/' e '-'</translation>
        </message>
        <message>
            <source>The secret contains a NUL character, which the OS keychain cannot store</source>
            <translation>O segredo contém um caractere NUL, que o chaveiro do sistema não consegue armazenar</translation>
        </message>
        <message>
            <source>The secret is longer than %1 bytes</source>
            <translation>O segredo tem mais de %1 bytes</translation>
        </message>
        <message>
            <source>No secret "%1" is stored for profile %2.</source>
            <translation>Nenhum segredo "%1" está armazenado para o perfil %2.</translation>
        </message>
        <message>
            <source>No OS keychain is available (Secret Service / KWallet not running): Beholder cannot store or read passwords for profile %1.</source>
            <translation>Nenhum chaveiro do sistema está disponível (Secret Service / KWallet não está em execução): o Beholder não consegue armazenar nem ler senhas do perfil %1.</translation>
        </message>
        <message>
            <source>No OS keychain is available: Beholder cannot store or read passwords for profile %1.</source>
            <translation>Nenhum chaveiro do sistema está disponível: o Beholder não consegue armazenar nem ler senhas do perfil %1.</translation>
        </message>
        <message>
            <source>The OS keychain refused access to the passwords of profile %1 (it is locked or access was denied): unlock it and try again.</source>
            <translation>O chaveiro do sistema recusou o acesso às senhas do perfil %1 (está bloqueado ou o acesso foi negado): desbloqueie-o e tente novamente.</translation>
        </message>
        <message>
            <source>The OS keychain did not answer within %1 s for profile %2 (is an unlock prompt waiting?).</source>
            <translation>O chaveiro do sistema não respondeu em %1 s para o perfil %2 (há um pedido de desbloqueio aguardando?).</translation>
        </message>
        <message>
            <source>The OS keychain failed for profile %1: %2</source>
            <translation>O chaveiro do sistema falhou para o perfil %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Beholder::CustomerPanel</name>
        <message>
            <source>Customer details</source>
            <translation>Detalhes do cliente</translation>
        </message>
        <message>
            <source>Loading the details…</source>
            <translation>Carregando os detalhes…</translation>
        </message>
        <message>
            <source>Search for a customer, then pick a result to see everything about their service here.

Ctrl+K  search    ·    ↓  results    ·    Enter  open</source>
            <translation>Busque um cliente e escolha um resultado para ver aqui tudo sobre o serviço dele.

Ctrl+K  buscar    ·    ↓  resultados    ·    Enter  abrir</translation>
        </message>
        <message>
            <source>CRM status: %1</source>
            <translation>Status no CRM: %1</translation>
        </message>
        <message>
            <source>Not in CRM</source>
            <translation>Fora do CRM</translation>
        </message>
        <message>
            <source>The PPPoE user exists on a router but no CRM connection names it</source>
            <translation>O usuário PPPoE existe em um roteador, mas nenhuma conexão do CRM o cita</translation>
        </message>
        <message>
            <source>CRM ≠ router</source>
            <translation>CRM ≠ roteador</translation>
        </message>
        <message>
            <source>The CRM names another router than the one that holds the PPP secret</source>
            <translation>O CRM indica um roteador diferente daquele que tem o secret PPP</translation>
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
            <translation>verificando %1…</translation>
        </message>
        <message>
            <source>%1 failed. The values below are from the cache.</source>
            <translation>%1 falhou. Os valores abaixo são do cache.</translation>
        </message>
        <message>
            <source>%1 failed: %2. The values below are from the cache.</source>
            <translation>%1 falhou: %2. Os valores abaixo são do cache.</translation>
        </message>
        <message>
            <source>%1 answered but knows nothing about this device; the values below are from the cache.</source>
            <translation>%1 respondeu, mas não sabe nada sobre este equipamento; os valores abaixo são do cache.</translation>
        </message>
        <message>
            <source>%1 answered without data (%2); the values below are from the cache.</source>
            <translation>%1 respondeu sem dados (%2); os valores abaixo são do cache.</translation>
        </message>
        <message>
            <source>No CRM connection or PPP secret points to this ONU. If the customer's own router dials PPPoE (a bridged ONU), search for the customer's name or address to find their connection.</source>
            <translation>Nenhuma conexão do CRM nem secret PPP aponta para esta ONU. Se o próprio roteador do cliente disca o PPPoE (ONU em bridge), busque pelo nome ou endereço do cliente para encontrar a conexão dele.</translation>
        </message>
        <message>
            <source>No CRM connection or PPP secret points to this antenna. Search for the customer's name or address to find their connection.</source>
            <translation>Nenhuma conexão do CRM nem secret PPP aponta para esta antena. Busque pelo nome ou endereço do cliente para encontrar a conexão dele.</translation>
        </message>
        <message>
            <source>Part of the cache could not be read, so some sections may be missing: %1</source>
            <translation>Parte do cache não pôde ser lida, então algumas seções podem estar faltando: %1</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefones</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>owes %1</source>
            <translation>deve %1</translation>
        </message>
        <message>
            <source>no debt</source>
            <translation>sem débitos</translation>
        </message>
        <message>
            <source>   (CRM: %1)</source>
            <translation>   (CRM: %1)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Cliente desde</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Serviço</translation>
        </message>
        <message>
            <source>PPPoE user</source>
            <translation>Usuário PPPoE</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Tecnologia</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>not in the cache</source>
            <translation>não está no cache</translation>
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
            <translation>Endereço de instalação</translation>
        </message>
        <message>
            <source>Open this connection</source>
            <translation>Abrir esta conexão</translation>
        </message>
        <message>
            <source>Other services</source>
            <translation>Outros serviços</translation>
        </message>
        <message>
            <source>This customer has no connection in the CRM.</source>
            <translation>Este cliente não tem nenhuma conexão no CRM.</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Roteador</translation>
        </message>
        <message>
            <source>router %1</source>
            <translation>roteador %1</translation>
        </message>
        <message>
            <source>Not in CRM: the PPPoE user “%1” exists on %2, but no CRM connection names it. Diagnose the line as usual, and have the CRM fixed.</source>
            <translation>Fora do CRM: o usuário PPPoE “%1” existe em %2, mas nenhuma conexão do CRM o cita. Diagnostique a linha normalmente e peça a correção no CRM.</translation>
        </message>
        <message>
            <source>CRM and router disagree: the CRM says %1, but the PPP secret is on %2.</source>
            <translation>CRM e roteador divergem: o CRM indica %1, mas o secret PPP está em %2.</translation>
        </message>
        <message>
            <source>another router</source>
            <translation>outro roteador</translation>
        </message>
        <message>
            <source>No router holds a PPP secret for “%1”: the customer cannot connect with this user.</source>
            <translation>Nenhum roteador tem um secret PPP para “%1”: o cliente não consegue se conectar com este usuário.</translation>
        </message>
        <message numerus="yes">
            <source>The PPPoE user is configured on %n routers.</source>
            <translation>
                <numerusform>O usuário PPPoE está configurado em %n roteador.</numerusform>
                <numerusform>O usuário PPPoE está configurado em %n roteadores.</numerusform>
            </translation>
        </message>
        <message>
            <source>CRM node</source>
            <translation>Nó no CRM</translation>
        </message>
        <message>
            <source>%1   (as the CRM says)</source>
            <translation>%1   (segundo o CRM)</translation>
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
            <translation>Endereço remoto</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Secret</translation>
        </message>
        <message>
            <source>Disabled on the router</source>
            <translation>Desativado no roteador</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Ativado</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentário</translation>
        </message>
        <message>
            <source>Last logged out</source>
            <translation>Último logout</translation>
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
            <translation>Serial da ONU</translation>
        </message>
        <message>
            <source>ONU model</source>
            <translation>Modelo da ONU</translation>
        </message>
        <message>
            <source>ONU name</source>
            <translation>Nome da ONU</translation>
        </message>
        <message>
            <source>OLT</source>
            <translation>OLT</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>OLT frame/board/port:ONU index</source>
            <translation>OLT frame/placa/porta:índice da ONU</translation>
        </message>
        <message>
            <source>changed %1</source>
            <translation>mudou %1</translation>
        </message>
        <message>
            <source>Last down cause</source>
            <translation>Última causa de queda</translation>
        </message>
        <message>
            <source>ok from %1 to %2 dBm; weak to %3 dBm; below that, or above %1 dBm, a technician is needed</source>
            <translation>ok de %1 a %2 dBm; fraco até %3 dBm; abaixo disso, ou acima de %1 dBm, é preciso um técnico</translation>
        </message>
        <message>
            <source>no reading (ONU offline)</source>
            <translation>sem leitura (ONU offline)</translation>
        </message>
        <message>
            <source>no reading</source>
            <translation>sem leitura</translation>
        </message>
        <message>
            <source>ONU Rx</source>
            <translation>Rx da ONU</translation>
        </message>
        <message>
            <source>OLT Rx</source>
            <translation>Rx da OLT</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distância</translation>
        </message>
        <message>
            <source>No ONU in the cache is configured with the PPPoE user “%1”.</source>
            <translation>Nenhuma ONU no cache está configurada com o usuário PPPoE “%1”.</translation>
        </message>
        <message>
            <source>Wireless</source>
            <translation>Rádio</translation>
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
            <translation>Produto</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Access point</source>
            <translation>Ponto de acesso</translation>
        </message>
        <message>
            <source>Tower</source>
            <translation>Torre</translation>
        </message>
        <message>
            <source>Antennas on the AP</source>
            <translation>Antenas no AP</translation>
        </message>
        <message>
            <source>%1 (not in the cache)</source>
            <translation>%1 (não está no cache)</translation>
        </message>
        <message>
            <source>ok down to %1 dBm; weak down to %2 dBm</source>
            <translation>ok até %1 dBm; fraco até %2 dBm</translation>
        </message>
        <message>
            <source>ok from %1 dB; weak down to %2 dB</source>
            <translation>ok a partir de %1 dB; fraco até %2 dB</translation>
        </message>
        <message>
            <source>RSSI down</source>
            <translation>RSSI downlink</translation>
        </message>
        <message>
            <source>RSSI up</source>
            <translation>RSSI uplink</translation>
        </message>
        <message>
            <source>SNR down</source>
            <translation>SNR downlink</translation>
        </message>
        <message>
            <source>SNR up</source>
            <translation>SNR uplink</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Sinal</translation>
        </message>
        <message>
            <source>no reading (antenna offline)</source>
            <translation>sem leitura (antena offline)</translation>
        </message>
        <message>
            <source>No antenna in the cache matches this connection's MAC or PPPoE user.</source>
            <translation>Nenhuma antena no cache corresponde ao MAC ou ao usuário PPPoE desta conexão.</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Chamados</translation>
        </message>
        <message>
            <source>No open tickets</source>
            <translation>Nenhum chamado aberto</translation>
        </message>
        <message>
            <source>opened %1</source>
            <translation>aberto %1</translation>
        </message>
        <message>
            <source>(no subject)</source>
            <translation>(sem assunto)</translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation>Alarmes</translation>
        </message>
        <message>
            <source>raised %1</source>
            <translation>disparado %1</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>alarme</translation>
        </message>
        <message>
            <source>The cache has nothing more about this result: it may have been removed by the last sync. Search again.</source>
            <translation>O cache não tem mais nada sobre este resultado: ele pode ter sido removido pela última sincronização. Busque novamente.</translation>
        </message>
        <message>
            <source>PPPoE session</source>
            <translation>Sessão PPPoE</translation>
        </message>
        <message>
            <source>the router</source>
            <translation>o roteador</translation>
        </message>
        <message>
            <source>for %1, since %2</source>
            <translation>há %1, desde %2</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>No ar</translation>
        </message>
        <message>
            <source>The MAC address of the customer's router, as the PPPoE server sees it</source>
            <translation>O endereço MAC do roteador do cliente, como o servidor PPPoE o vê</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Fora do ar</translation>
        </message>
        <message>
            <source>no PPPoE session of “%1” on %2</source>
            <translation>nenhuma sessão PPPoE de “%1” em %2</translation>
        </message>
        <message>
            <source>Asking %1 whether “%2” is connected…</source>
            <translation>Consultando %1 para saber se “%2” está conectado…</translation>
        </message>
        <message>
            <source>%1 failed: the session is unknown.</source>
            <translation>%1 falhou: a sessão é desconhecida.</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 falhou: %2</translation>
        </message>
        <message>
            <source>unknown: the router did not answer</source>
            <translation>desconhecido: o roteador não respondeu</translation>
        </message>
        <message>
            <source>%1 answered but knows nothing about “%2”.</source>
            <translation>%1 respondeu, mas não sabe nada sobre “%2”.</translation>
        </message>
        <message>
            <source>%1 answered without data: %2</source>
            <translation>%1 respondeu sem dados: %2</translation>
        </message>
        <message>
            <source>The session is not checked: no router of this profile is asked about “%1”.</source>
            <translation>A sessão não foi verificada: nenhum roteador deste perfil é consultado sobre “%1”.</translation>
        </message>
        <message>
            <source>The session is not checked: %1.</source>
            <translation>A sessão não foi verificada: %1.</translation>
        </message>
        <message>
            <source>Offline: the session cannot be checked now.</source>
            <translation>Offline: a sessão não pode ser verificada agora.</translation>
        </message>
        <message>
            <source>%1 answered without a session record.</source>
            <translation>%1 respondeu sem registro de sessão.</translation>
        </message>
        <message>
            <source>No router is asked about this user.</source>
            <translation>Nenhum roteador é consultado sobre este usuário.</translation>
        </message>
        <message numerus="yes">
            <source>%n in the last hour</source>
            <translation>
                <numerusform>%n na última hora</numerusform>
                <numerusform>%n na última hora</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in 24 h</source>
            <translation>
                <numerusform>%n em 24 h</numerusform>
                <numerusform>%n em 24 h</numerusform>
            </translation>
        </message>
        <message>
            <source>cache</source>
            <translation>cache</translation>
        </message>
        <message>
            <source>Session starts</source>
            <translation>Inícios de sessão</translation>
        </message>
        <message>
            <source>↓ %1   ↑ %2</source>
            <translation>↓ %1   ↑ %2</translation>
        </message>
        <message>
            <source>   ·   %1 % of the plan</source>
            <translation>   ·   %1% do plano</translation>
        </message>
        <message>
            <source>Traffic now</source>
            <translation>Tráfego agora</translation>
        </message>
    </context>
    <context>
        <name>Beholder::DemoIsp</name>
        <message>
            <source>Starting the simulated ISP (%1 customers)…</source>
            <translation>Iniciando o provedor simulado (%1 clientes)…</translation>
        </message>
        <message>
            <source>the simulated ISP did not start: %1</source>
            <translation>o provedor simulado não iniciou: %1</translation>
        </message>
        <message>
            <source>Starting the demo's OLTs over SNMP…</source>
            <translation>Iniciando as OLTs da demonstração via SNMP…</translation>
        </message>
        <message>
            <source>the simulated ISP's sources could not be saved: %1</source>
            <translation>não foi possível salvar as fontes do provedor simulado: %1</translation>
        </message>
        <message>
            <source>Storing the demo's credentials in the OS keychain…</source>
            <translation>Guardando as credenciais da demonstração no chaveiro do sistema…</translation>
        </message>
        <message>
            <source>No OS keychain: the demo's throw-away credentials are kept in memory for this session.</source>
            <translation>Sem chaveiro do sistema: as credenciais descartáveis da demonstração ficam na memória durante esta sessão.</translation>
        </message>
        <message>
            <source>The demo's throw-away credentials are kept in memory for this session. %1</source>
            <translation>As credenciais descartáveis da demonstração ficam na memória durante esta sessão. %1</translation>
        </message>
    </context>
    <context>
        <name>Beholder::DetailSection</name>
        <message numerus="yes">
            <source>%n s ago</source>
            <translation>
                <numerusform>há %n s</numerusform>
                <numerusform>há %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Asked live from %1 during this diagnosis</source>
            <translation>Consultado ao vivo em %1 durante este diagnóstico</translation>
        </message>
        <message>
            <source>This data is more than a day old: it may have changed since.</source>
            <translation>Estes dados têm mais de um dia: podem ter mudado desde então.</translation>
        </message>
        <message>
            <source>When this data was fetched from its source (the cache, as of the last sync)</source>
            <translation>Quando estes dados foram obtidos da fonte (o cache, na última sincronização)</translation>
        </message>
        <message>
            <source>Who said it, and when</source>
            <translation>Quem informou, e quando</translation>
        </message>
    </context>
    <context>
        <name>Beholder::Diagnosis::DiagnosisService</name>
        <message>
            <source>No connection or router secret has the PPPoE user "%1" in the cache.</source>
            <translation>Nenhuma conexão ou secret de roteador tem o usuário PPPoE "%1" no cache.</translation>
        </message>
        <message>
            <source>not this line's equipment</source>
            <translation>não é equipamento desta linha</translation>
        </message>
        <message>
            <source>not asked</source>
            <translation>não consultado</translation>
        </message>
        <message>
            <source>not configured in this profile</source>
            <translation>não configurado neste perfil</translation>
        </message>
        <message>
            <source>offline: the cache answers alone</source>
            <translation>offline: só o cache responde</translation>
        </message>
        <message>
            <source>%1 (RouterOS)</source>
            <translation>%1 (RouterOS)</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Roteador</translation>
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
            <translation>sem credenciais no chaveiro do sistema (%1)</translation>
        </message>
        <message>
            <source>part of the answer came too late</source>
            <translation>parte da resposta chegou tarde demais</translation>
        </message>
        <message>
            <source>%1 did not answer within %2 s</source>
            <translation>%1 não respondeu em %2 s</translation>
        </message>
        <message>
            <source>SmartOLT did not answer within %1 s</source>
            <translation>SmartOLT não respondeu em %1 s</translation>
        </message>
        <message>
            <source>the ONU's history (full status) did not come in time</source>
            <translation>o histórico da ONU (status completo) não chegou a tempo</translation>
        </message>
        <message>
            <source>cnMaestro did not answer within %1 s</source>
            <translation>cnMaestro não respondeu em %1 s</translation>
        </message>
        <message>
            <source>The cache is not open.</source>
            <translation>O cache não está aberto.</translation>
        </message>
        <message>
            <source>The cache could not be read.</source>
            <translation>Não foi possível ler o cache.</translation>
        </message>
        <message>
            <source>no credential store</source>
            <translation>sem armazenamento de credenciais</translation>
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
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>&amp;Live Traffic</source>
            <translation>&amp;Tráfego ao vivo</translation>
        </message>
        <message>
            <source>&amp;Copy Summary</source>
            <translation>&amp;Copiar resumo</translation>
        </message>
        <message>
            <source>&amp;Re-check</source>
            <translation>&amp;Verificar novamente</translation>
        </message>
        <message>
            <source>Watch this PPPoE user's traffic second by second, from the router</source>
            <translation>Acompanhar o tráfego deste usuário PPPoE segundo a segundo, direto do roteador</translation>
        </message>
        <message>
            <source>Put the verdict, findings and key facts on the clipboard, for a ticket</source>
            <translation>Copiar o veredito, as constatações e os fatos principais para a área de transferência, para um chamado</translation>
        </message>
        <message>
            <source>Ask the live sources again</source>
            <translation>Consultar novamente as fontes ao vivo</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constatações</translation>
        </message>
        <message>
            <source>%1 failed</source>
            <translation>%1 falhou</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 falhou: %2</translation>
        </message>
        <message>
            <source>checking %1…</source>
            <translation>verificando %1…</translation>
        </message>
        <message>
            <source>Not every source answered, so the verdict rests on fewer facts. %1.</source>
            <translation>Nem todas as fontes responderam, então o veredito se baseia em menos fatos. %1.</translation>
        </message>
        <message>
            <source>Offline: no live source was asked. These findings rest on the cache, as of the last sync.</source>
            <translation>Offline: nenhuma fonte ao vivo foi consultada. Estas constatações se baseiam no cache, com dados da última sincronização.</translation>
        </message>
        <message>
            <source>Nothing found so far.</source>
            <translation>Nada encontrado até agora.</translation>
        </message>
        <message>
            <source>Nothing wrong found in what the sources said.</source>
            <translation>Nada de errado no que as fontes informaram.</translation>
        </message>
        <message>
            <source>What this finding alone calls for</source>
            <translation>O que esta constatação, sozinha, indica</translation>
        </message>
        <message>
            <source>Rule %1</source>
            <translation>Regra %1</translation>
        </message>
        <message>
            <source>Outage check</source>
            <translation>Verificação de queda</translation>
        </message>
        <message>
            <source>PON port</source>
            <translation>Porta PON</translation>
        </message>
        <message>
            <source>All %1 ONUs on %2 are up</source>
            <translation>Todas as %1 ONUs em %2 estão no ar</translation>
        </message>
        <message>
            <source>%1 of %2 ONUs on %3 down</source>
            <translation>%1 de %2 ONUs em %3 fora do ar</translation>
        </message>
        <message>
            <source>%1 of %2 ONUs on %3 down since %4</source>
            <translation>%1 de %2 ONUs em %3 fora do ar desde %4</translation>
        </message>
        <message>
            <source>%1 by LOS</source>
            <translation>%1 por LOS</translation>
        </message>
        <message>
            <source>%1 by power failure</source>
            <translation>%1 por falta de energia</translation>
        </message>
        <message>
            <source>Access point</source>
            <translation>Ponto de acesso</translation>
        </message>
        <message>
            <source>The access point %1 itself is down</source>
            <translation>O próprio ponto de acesso %1 está fora do ar</translation>
        </message>
        <message>
            <source>The access point %1 itself is down since %2</source>
            <translation>O próprio ponto de acesso %1 está fora do ar desde %2</translation>
        </message>
        <message>
            <source>All %1 antennas on %2 are up</source>
            <translation>Todas as %1 antenas em %2 estão no ar</translation>
        </message>
        <message>
            <source>%1 of %2 antennas on %3 down</source>
            <translation>%1 de %2 antenas em %3 fora do ar</translation>
        </message>
        <message>
            <source>%1 of %2 antennas on %3 down since %4</source>
            <translation>%1 de %2 antenas em %3 fora do ar desde %4</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Roteador</translation>
        </message>
        <message>
            <source>%1 does not answer</source>
            <translation>%1 não responde</translation>
        </message>
        <message>
            <source>No wave of dropped sessions on %1 (%2 sessions)</source>
            <translation>Nenhuma onda de sessões derrubadas em %1 (%2 sessões)</translation>
        </message>
        <message>
            <source>%1 of %2 sessions on %3 dropped together</source>
            <translation>%1 de %2 sessões em %3 caíram juntas</translation>
        </message>
        <message>
            <source>%1 of %2 sessions on %3 dropped together since %4</source>
            <translation>%1 de %2 sessões em %3 caíram juntas desde %4</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Últimas 24 horas</translation>
        </message>
        <message>
            <source>cache</source>
            <translation>cache</translation>
        </message>
        <message>
            <source>computed</source>
            <translation>calculado</translation>
        </message>
        <message>
            <source>router</source>
            <translation>roteador</translation>
        </message>
        <message>
            <source>OLT over SNMP</source>
            <translation>OLT via SNMP</translation>
        </message>
        <message>
            <source>Offline: the router cannot be asked</source>
            <translation>Offline: não é possível consultar o roteador</translation>
        </message>
        <message>
            <source>No router holds a PPP secret for this user</source>
            <translation>Nenhum roteador tem um secret PPP para este usuário</translation>
        </message>
        <message>
            <source>Live traffic (%1)</source>
            <translation>Tráfego ao vivo (%1)</translation>
        </message>
        <message>
            <source>Live traffic (%1): %2</source>
            <translation>Tráfego ao vivo (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>Beholder::InstabilityStrip</name>
        <message>
            <source>The last 24 hours</source>
            <translation>As últimas 24 horas</translation>
        </message>
        <message>
            <source>ONU down</source>
            <translation>ONU fora do ar</translation>
        </message>
        <message>
            <source>ONU down (%1)</source>
            <translation>ONU fora do ar (%1)</translation>
        </message>
        <message>
            <source>%1, %2 – %3</source>
            <translation>%1, %2 – %3</translation>
        </message>
        <message>
            <source>%1 session started%2</source>
            <translation>%1 sessão iniciada%2</translation>
        </message>
        <message>
            <source>%1 session ended%2%3</source>
            <translation>%1 sessão encerrada%2%3</translation>
        </message>
        <message>
            <source>%1 ONU down%2%3</source>
            <translation>%1 ONU caiu%2%3</translation>
        </message>
        <message>
            <source>%1 ONU back online%2</source>
            <translation>%1 ONU voltou a ficar online%2</translation>
        </message>
        <message>
            <source>Session up since %1; its end is not logged, and it is down now</source>
            <translation>Sessão ativa desde %1; o fim não foi registrado, e agora está fora do ar</translation>
        </message>
        <message>
            <source>Session up %1 – %2 (%3)</source>
            <translation>Sessão ativa %1 – %2 (%3)</translation>
        </message>
        <message>
            <source>now</source>
            <translation>agora</translation>
        </message>
        <message>
            <source>no session start</source>
            <translation>nenhum início de sessão</translation>
        </message>
        <message>
            <source>1 session start</source>
            <translation>1 início de sessão</translation>
        </message>
        <message>
            <source>%1 session starts</source>
            <translation>%1 inícios de sessão</translation>
        </message>
        <message>
            <source>ONU never down</source>
            <translation>ONU nunca caiu</translation>
        </message>
        <message>
            <source>%1 LOS</source>
            <translation>%1 LOS</translation>
        </message>
        <message>
            <source>%1 power</source>
            <translation>%1 sem energia</translation>
        </message>
        <message>
            <source>ONU down once</source>
            <translation>ONU caiu uma vez</translation>
        </message>
        <message>
            <source>ONU down %1 times</source>
            <translation>ONU caiu %1 vezes</translation>
        </message>
        <message>
            <source>no optical history</source>
            <translation>sem histórico óptico</translation>
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
            <translation>Sessão</translation>
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
            <translation>Nenhuma sessão PPPoE agora (o roteador, ao vivo)</translation>
        </message>
        <message>
            <source>%1 ONU Rx %2 dBm</source>
            <translation>%1 Rx da ONU %2 dBm</translation>
        </message>
    </context>
    <context>
        <name>Beholder::LiveTrafficWindow</name>
        <message>
            <source>Live traffic — %1</source>
            <translation>Tráfego ao vivo — %1</translation>
        </message>
        <message>
            <source>The profile's cache is not open, so the router that holds %1 cannot be found.</source>
            <translation>O cache do perfil não está aberto, então não é possível encontrar o roteador que tem %1.</translation>
        </message>
        <message>
            <source>Finding the router that holds %1…</source>
            <translation>Procurando o roteador que tem %1…</translation>
        </message>
        <message>
            <source>Cannot look up %1 in the cache: %2</source>
            <translation>Não é possível procurar %1 no cache: %2</translation>
        </message>
        <message>
            <source>Saturated</source>
            <translation>Saturado</translation>
        </message>
        <message>
            <source>At or above %1 % of the plan for at least %2 s: the line is full, not broken.</source>
            <translation>Em %1% do plano ou mais por pelo menos %2 s: a linha está cheia, não com defeito.</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>Iniciando</translation>
        </message>
        <message>
            <source>Share of the plan (busier direction)</source>
            <translation>Uso do plano (sentido mais carregado)</translation>
        </message>
        <message>
            <source>↓ Download</source>
            <translation>↓ Download</translation>
        </message>
        <message>
            <source>↑ Upload</source>
            <translation>↑ Upload</translation>
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
            <translation>Saturado (≥ %1% por %2 s)</translation>
        </message>
        <message>
            <source>Plan download</source>
            <translation>Download do plano</translation>
        </message>
        <message>
            <source>Plan upload</source>
            <translation>Upload do plano</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Download</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Upload</translation>
        </message>
        <message>
            <source>Live traffic — %1 on %2</source>
            <translation>Tráfego ao vivo — %1 em %2</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 em %2</translation>
        </message>
        <message>
            <source>Plan %1: ↓ %2 / ↑ %3 Mbit/s</source>
            <translation>Plano %1: ↓ %2 / ↑ %3 Mbit/s</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sem nome)</translation>
        </message>
        <message>
            <source>Plan speeds unknown (the CRM names no plan with speeds)</source>
            <translation>Velocidades do plano desconhecidas (o CRM não indica nenhum plano com velocidades)</translation>
        </message>
        <message>
            <source>Not linked in the CRM: found in the router's PPP secrets; plan speeds unknown</source>
            <translation>Não vinculado no CRM: encontrado nos secrets PPP do roteador; velocidades do plano desconhecidas</translation>
        </message>
        <message>
            <source>the secret is disabled on the router</source>
            <translation>o secret está desativado no roteador</translation>
        </message>
        <message>
            <source>the CRM names another router (node %1)</source>
            <translation>o CRM indica outro roteador (nó %1)</translation>
        </message>
        <message>
            <source>%1:%2</source>
            <translation>%1:%2</translation>
        </message>
        <message>
            <source>No credential store: the password of %1 cannot be read.</source>
            <translation>Sem armazenamento de credenciais: não é possível ler a senha de %1.</translation>
        </message>
        <message>
            <source>Reading the password of %1 from the keychain…</source>
            <translation>Lendo a senha de %1 do chaveiro do sistema…</translation>
        </message>
        <message>
            <source>The keychain has no password for %1 (key %2): set it in the profile's sources.</source>
            <translation>O chaveiro do sistema não tem senha para %1 (chave %2): defina-a nas fontes do perfil.</translation>
        </message>
        <message>
            <source>Cannot read the password of %1: %2</source>
            <translation>Não é possível ler a senha de %1: %2</translation>
        </message>
        <message>
            <source>Waiting for the first sample from %1…</source>
            <translation>Aguardando a primeira amostra de %1…</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Conectando</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Ao vivo</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Tentando novamente</translation>
        </message>
        <message>
            <source>%1 — trying again every second.</source>
            <translation>%1 — tentando novamente a cada segundo.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Parado</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Falhou</translation>
        </message>
        <message>
            <source>No live traffic.</source>
            <translation>Sem tráfego ao vivo.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <source>Saturated for %1 s</source>
            <translation>Saturado há %1 s</translation>
        </message>
    </context>
    <context>
        <name>Beholder::MainWindow</name>
        <message>
            <source>Diagnosis summary copied to the clipboard</source>
            <translation>Resumo do diagnóstico copiado para a área de transferência</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>Switch &amp;Profile</source>
            <translation>Trocar de &amp;perfil</translation>
        </message>
        <message>
            <source>&amp;New Profile…</source>
            <translation>&amp;Novo perfil…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
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
            <translation>&amp;Dados</translation>
        </message>
        <message>
            <source>&amp;Sync Now</source>
            <translation>&amp;Sincronizar agora</translation>
        </message>
        <message>
            <source>Fetch every source of this profile into the cache</source>
            <translation>Buscar todas as fontes deste perfil para o cache</translation>
        </message>
        <message>
            <source>&amp;Cancel Sync</source>
            <translation>&amp;Cancelar sincronização</translation>
        </message>
        <message>
            <source>Show Sync &amp;Panel</source>
            <translation>Mostrar &amp;painel de sincronização</translation>
        </message>
        <message>
            <source>Load or Refresh &amp;Demo ISP…</source>
            <translation>Carregar ou atualizar provedor de &amp;demonstração…</translation>
        </message>
        <message>
            <source>D&amp;iagnosis</source>
            <translation>D&amp;iagnóstico</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Ferramentas</translation>
        </message>
        <message>
            <source>Triage &amp;Thresholds…</source>
            <translation>&amp;Limites de triagem…</translation>
        </message>
        <message>
            <source>The numbers behind the verdicts of this profile (for administrators)</source>
            <translation>Os números por trás dos vereditos deste perfil (para administradores)</translation>
        </message>
        <message>
            <source>&amp;SNMP Monitoring…</source>
            <translation>Monitoramento &amp;SNMP…</translation>
        </message>
        <message>
            <source>OLTs polled over SNMP: brands, OLTs, OIDs, jobs, executions and ONU data (for administrators)</source>
            <translation>OLTs coletadas via SNMP: marcas, OLTs, OIDs, tarefas, execuções e dados de ONU (para administradores)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About Beholder</source>
            <translation>&amp;Sobre o Beholder</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Sobre o &amp;Qt</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
        <message>
            <source>Preparing the sync…</source>
            <translation>Preparando a sincronização…</translation>
        </message>
        <message>
            <source>Nightly sync…</source>
            <translation>Sincronização noturna…</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Syncing: %1 of %2 sources done</source>
            <translation>Sincronizando: %1 de %2 fontes concluídas</translation>
        </message>
        <message>
            <source>Nightly sync not started: %1</source>
            <translation>Sincronização noturna não iniciada: %1</translation>
        </message>
        <message>
            <source>demo credentials in memory</source>
            <translation>credenciais da demonstração na memória</translation>
        </message>
        <message>
            <source>This profile has no sources yet: import its description with beholder-cli profile import</source>
            <translation>Este perfil ainda não tem fontes: importe a descrição dele com beholder-cli profile import</translation>
        </message>
        <message>
            <source>Beholder — %1</source>
            <translation>Beholder — %1</translation>
        </message>
        <message>
            <source>opening the cache…</source>
            <translation>abrindo o cache…</translation>
        </message>
        <message>
            <source>Search for a customer, then pick a result to see everything about their service here.

Ctrl+K  search    ·    ↓  results    ·    Enter  open</source>
            <translation>Busque um cliente e escolha um resultado para ver aqui tudo sobre o serviço dele.

Ctrl+K  buscar    ·    ↓  resultados    ·    Enter  abrir</translation>
        </message>
        <message>
            <source>cannot open the cache: %1</source>
            <translation>não é possível abrir o cache: %1</translation>
        </message>
        <message>
            <source>The details could not be read from the cache:
%1</source>
            <translation>Não foi possível ler os detalhes do cache:
%1</translation>
        </message>
        <message>
            <source>Some triage thresholds in settings.ini were not valid; the defaults are used for them (see the log).</source>
            <translation>Alguns limites de triagem em settings.ini não eram válidos; os valores padrão são usados para eles (veja o log).</translation>
        </message>
        <message>
            <source>Switch Profile</source>
            <translation>Trocar de perfil</translation>
        </message>
        <message>
            <source>The profile cannot be opened: %1</source>
            <translation>Não é possível abrir o perfil: %1</translation>
        </message>
        <message>
            <source>The search failed; see the log for details.</source>
            <translation>A busca falhou; veja o log para mais detalhes.</translation>
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
            <translation>%1 em %2 ms</translation>
        </message>
        <message>
            <source>   ·   showing the best %1: type more to narrow it down</source>
            <translation>   ·   mostrando os %1 melhores: digite mais para refinar</translation>
        </message>
        <message>
            <source>Opening the profile…</source>
            <translation>Abrindo o perfil…</translation>
        </message>
        <message>
            <source>The cache of profile “%1” cannot be opened:
%2</source>
            <translation>Não é possível abrir o cache do perfil “%1”:
%2</translation>
        </message>
        <message>
            <source>The demo ISP is being synced from the simulated ISP…
Search works as soon as the sync is done.</source>
            <translation>O provedor de demonstração está sendo sincronizado a partir do provedor simulado…
A busca funciona assim que a sincronização terminar.</translation>
        </message>
        <message>
            <source>The first sync is running…
Search works as soon as it is done.</source>
            <translation>A primeira sincronização está em andamento…
A busca funciona assim que ela terminar.</translation>
        </message>
        <message>
            <source>No cached data in profile “%1”.
Sync it: Data ▸ Sync Now (Ctrl+Shift+S).</source>
            <translation>Não há dados em cache no perfil “%1”.
Sincronize-o: Dados ▸ Sincronizar agora (Ctrl+Shift+S).</translation>
        </message>
        <message>
            <source>No cached data in profile “%1”.
Import its sources (beholder-cli profile import), or load the demo ISP (Data ▸ Load or Refresh Demo ISP…).</source>
            <translation>Não há dados em cache no perfil “%1”.
Importe as fontes dele (beholder-cli profile import) ou carregue o provedor de demonstração (Dados ▸ Carregar ou atualizar provedor de demonstração…).</translation>
        </message>
        <message>
            <source>Type to search: a name, DNI/CUIT, phone, address, PPPoE user, ONU serial, MAC or IP.</source>
            <translation>Digite para buscar: nome, DNI/CUIT, telefone, endereço, usuário PPPoE, serial da ONU, MAC ou IP.</translation>
        </message>
        <message>
            <source>The search failed. The cache may be damaged or busy; try again in a moment.</source>
            <translation>A busca falhou. O cache pode estar danificado ou ocupado; tente novamente em instantes.</translation>
        </message>
        <message>
            <source>No customer matches “%1”.</source>
            <translation>Nenhum cliente corresponde a “%1”.</translation>
        </message>
        <message>
            <source>Triage thresholds saved; they apply from the next diagnosis (F5 re-checks).</source>
            <translation>Limites de triagem salvos; valem a partir do próximo diagnóstico (F5 verifica novamente).</translation>
        </message>
        <message>
            <source>syncing the demo ISP from the simulated ISP…</source>
            <translation>sincronizando o provedor de demonstração a partir do provedor simulado…</translation>
        </message>
        <message>
            <source>(no profiles yet)</source>
            <translation>(nenhum perfil ainda)</translation>
        </message>
        <message>
            <source>New Profile</source>
            <translation>Novo perfil</translation>
        </message>
        <message>
            <source>A profile keeps one ISP's cache, settings and logs apart from the others.
Name (letters, digits, '-' and '_'):</source>
            <translation>Um perfil mantém o cache, as configurações e os logs de um provedor separados dos outros.
Nome (letras, dígitos, '-' e '_'):</translation>
        </message>
        <message>
            <source>“%1” cannot be a profile name: use 1 to 64 letters, digits, '-' or '_'.</source>
            <translation>“%1” não pode ser nome de perfil: use de 1 a 64 letras, dígitos, '-' ou '_'.</translation>
        </message>
        <message>
            <source>Run a simulated ISP with this many customers on this computer and sync the “%1” profile from it, as from a real ISP. It replaces that profile's data; no other profile is touched.</source>
            <translation>Executar neste computador um provedor simulado com esta quantidade de clientes e sincronizar o perfil “%1” a partir dele, como de um provedor real. Isso substitui os dados desse perfil; nenhum outro perfil é afetado.</translation>
        </message>
        <message>
            <source>Beholder switches to the “%1” profile to do it.</source>
            <translation>O Beholder muda para o perfil “%1” para fazer isso.</translation>
        </message>
        <message>
            <source>Load Demo ISP</source>
            <translation>Carregar provedor de demonstração</translation>
        </message>
        <message>
            <source>About Beholder</source>
            <translation>Sobre o Beholder</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Beholder %1&lt;/h3&gt;&lt;p&gt;Find any customer in milliseconds and see in one screen what is wrong with their fibre or wireless service.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Beholder %1&lt;/h3&gt;&lt;p&gt;Encontre qualquer cliente em milissegundos e veja em uma só tela o que há de errado com o serviço de fibra ou rádio dele.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2 (em execução no Qt %3).&lt;/p&gt;&lt;p&gt;Licenciado sob a GNU General Public License, versão 3 ou posterior (GPL-3.0-or-later).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Beholder::ProfileSession</name>
        <message>
            <source>the cache could not be opened</source>
            <translation>não foi possível abrir o cache</translation>
        </message>
    </context>
    <context>
        <name>Beholder::ResultsDecorationModel</name>
        <message>
            <source>An ONU that no CRM connection or PPPoE user points to</source>
            <translation>Uma ONU para a qual nenhuma conexão do CRM ou usuário PPPoE aponta</translation>
        </message>
        <message>
            <source>An antenna that no CRM connection or PPPoE user points to</source>
            <translation>Uma antena para a qual nenhuma conexão do CRM ou usuário PPPoE aponta</translation>
        </message>
        <message>
            <source>A customer without any connection in the CRM</source>
            <translation>Um cliente sem nenhuma conexão no CRM</translation>
        </message>
    </context>
    <context>
        <name>Beholder::ResultsView</name>
        <message>
            <source>Search results</source>
            <translation>Resultados da busca</translation>
        </message>
        <message>
            <source>Sort by Relevance</source>
            <translation>Ordenar por relevância</translation>
        </message>
        <message>
            <source>Reset Columns</source>
            <translation>Redefinir colunas</translation>
        </message>
        <message>
            <source>Copy PPPoE User</source>
            <translation>Copiar usuário PPPoE</translation>
        </message>
        <message>
            <source>Copy Name</source>
            <translation>Copiar nome</translation>
        </message>
        <message>
            <source>Copy IP</source>
            <translation>Copiar IP</translation>
        </message>
        <message>
            <source>Copy ONU Serial / MAC</source>
            <translation>Copiar serial da ONU / MAC</translation>
        </message>
        <message>
            <source>Copy Row</source>
            <translation>Copiar linha</translation>
        </message>
    </context>
    <context>
        <name>Beholder::SearchField</name>
        <message>
            <source>Search name, DNI, phone, address, PPPoE user, ONU serial, MAC or IP   (Ctrl+K)</source>
            <translation>Buscar nome, DNI, telefone, endereço, usuário PPPoE, serial da ONU, MAC ou IP   (Ctrl+K)</translation>
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
            <translation>Ativo</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspenso</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Not in CRM</source>
            <translation>Fora do CRM</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>LOS</source>
            <translation>LOS</translation>
        </message>
        <message>
            <source>Power fail</source>
            <translation>Falta de energia</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Desativado</translation>
        </message>
        <message>
            <source>PPPoE user %1 exists on router %2 but no CRM connection names it</source>
            <translation>O usuário PPPoE %1 existe no roteador %2, mas nenhuma conexão do CRM o cita</translation>
        </message>
        <message>
            <source>Exact match of an identifier</source>
            <translation>Correspondência exata de um identificador</translation>
        </message>
        <message>
            <source>(not in CRM)</source>
            <translation>(fora do CRM)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sem nome)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>DNI/CUIT</source>
            <translation>DNI/CUIT</translation>
        </message>
        <message>
            <source>PPPoE user</source>
            <translation>Usuário PPPoE</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>Nó</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
            <translation>Adicionar marca</translation>
        </message>
        <message>
            <source>e.g. 2011 for Huawei, 3902 for ZTE</source>
            <translation>ex.: 2011 para Huawei, 3902 para ZTE</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Enterprise number (PEN):</source>
            <translation>Número de &amp;empresa (PEN):</translation>
        </message>
        <message>
            <source>the enterprise number is too large</source>
            <translation>o número de empresa é grande demais</translation>
        </message>
    </context>
    <context>
        <name>Beholder::Snmp::JobDialog</name>
        <message>
            <source>Run on its interval</source>
            <translation>Executar no seu intervalo</translation>
        </message>
        <message>
            <source>Edit Job</source>
            <translation>Editar tarefa</translation>
        </message>
        <message>
            <source>Add Job</source>
            <translation>Adicionar tarefa</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Interval:</source>
            <translation>Inter&amp;valo:</translation>
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
            <translation>Adicionar OID</translation>
        </message>
        <message>
            <source>Choose a brand</source>
            <translation>Escolha uma marca</translation>
        </message>
        <message>
            <source>e.g. hwGponDeviceOntSn</source>
            <translation>ex.: hwGponDeviceOntSn</translation>
        </message>
        <message>
            <source>e.g. 1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3</source>
            <translation>ex.: 1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3</translation>
        </message>
        <message>
            <source>&amp;Brand:</source>
            <translation>&amp;Marca:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;OID:</source>
            <translation>&amp;OID:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Finalidade:</translation>
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
            <translation>Coletar esta OLT</translation>
        </message>
        <message>
            <source>Edit OLT</source>
            <translation>Editar OLT</translation>
        </message>
        <message>
            <source>Add OLT</source>
            <translation>Adicionar OLT</translation>
        </message>
        <message>
            <source>IPv4 or IPv6 address, or host name</source>
            <translation>Endereço IPv4 ou IPv6, ou nome de host</translation>
        </message>
        <message>
            <source>Usually empty</source>
            <translation>Geralmente vazio</translation>
        </message>
        <message>
            <source>The SNMPv3 context name, for agents that serve several contexts</source>
            <translation>O nome de contexto SNMPv3, para agentes que atendem vários contextos</translation>
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
            <translation>Detectar pelo sysObjectID</translation>
        </message>
        <message>
            <source>Leave empty to keep the stored one</source>
            <translation>Deixe vazio para manter a senha armazenada</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Porta:</translation>
        </message>
        <message>
            <source>SNMP &amp;version:</source>
            <translation>&amp;Versão SNMP:</translation>
        </message>
        <message>
            <source>&amp;Community:</source>
            <translation>&amp;Comunidade:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuário:</translation>
        </message>
        <message>
            <source>Conte&amp;xt:</source>
            <translation>Conte&amp;xto:</translation>
        </message>
        <message>
            <source>&amp;Security level:</source>
            <translation>Nível de &amp;segurança:</translation>
        </message>
        <message>
            <source>&amp;Auth password (SHA):</source>
            <translation>Senha de &amp;autenticação (SHA):</translation>
        </message>
        <message>
            <source>P&amp;riv password (AES):</source>
            <translation>Senha de p&amp;rivacidade (AES):</translation>
        </message>
        <message>
            <source>&amp;Brand:</source>
            <translation>&amp;Marca:</translation>
        </message>
        <message>
            <source>Vendor p&amp;rofile:</source>
            <translation>Perfil do &amp;fabricante:</translation>
        </message>
        <message>
            <source>the community is required</source>
            <translation>a comunidade é obrigatória</translation>
        </message>
        <message>
            <source>the auth password is required</source>
            <translation>a senha de autenticação é obrigatória</translation>
        </message>
        <message>
            <source>the priv password is required</source>
            <translation>a senha de privacidade é obrigatória</translation>
        </message>
        <message>
            <source>the OLT was saved, but there is no keychain for its secrets</source>
            <translation>a OLT foi salva, mas não há chaveiro do sistema para os segredos dela</translation>
        </message>
        <message>
            <source>the OLT was saved, but the keychain refused its secrets: %1</source>
            <translation>a OLT foi salva, mas o chaveiro do sistema recusou os segredos dela: %1</translation>
        </message>
    </context>
    <context>
        <name>Beholder::Snmp::SnmpAdminWindow</name>
        <message>
            <source>SNMP Monitoring</source>
            <translation>Monitoramento SNMP</translation>
        </message>
        <message>
            <source>SNMP monitoring is not running for this profile, so nothing can be sent to the OLTs from here.</source>
            <translation>O monitoramento SNMP não está em execução neste perfil, então nada pode ser enviado às OLTs daqui.</translation>
        </message>
        <message>
            <source>Search brands</source>
            <translation>Buscar marcas</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Adicionar…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Excl&amp;uir</translation>
        </message>
        <message>
            <source>&amp;Brands</source>
            <translation>&amp;Marcas</translation>
        </message>
        <message>
            <source>Search OLTs by name, host, brand…</source>
            <translation>Buscar OLTs por nome, host, marca…</translation>
        </message>
        <message>
            <source>E&amp;nable</source>
            <translation>Ha&amp;bilitar</translation>
        </message>
        <message>
            <source>D&amp;isable</source>
            <translation>&amp;Desabilitar</translation>
        </message>
        <message>
            <source>&amp;Run Now</source>
            <translation>Executar a&amp;gora</translation>
        </message>
        <message>
            <source>Queue every enabled job of the selected OLTs now</source>
            <translation>Enfileirar agora todas as tarefas habilitadas das OLTs selecionadas</translation>
        </message>
        <message>
            <source>&amp;Test SNMP</source>
            <translation>Testar &amp;SNMP</translation>
        </message>
        <message>
            <source>Ask the OLT who it is (sysDescr, sysObjectID) and which profile reads it</source>
            <translation>Perguntar à OLT quem ela é (sysDescr, sysObjectID) e qual perfil a lê</translation>
        </message>
        <message>
            <source>&amp;OLTs</source>
            <translation>&amp;OLTs</translation>
        </message>
        <message>
            <source>Search OIDs by name, OID, purpose…</source>
            <translation>Buscar OIDs por nome, OID, finalidade…</translation>
        </message>
        <message>
            <source>O&amp;IDs</source>
            <translation>O&amp;IDs</translation>
        </message>
        <message>
            <source>Search jobs</source>
            <translation>Buscar tarefas</translation>
        </message>
        <message>
            <source>Queue the selected jobs on each of their enabled OLTs now</source>
            <translation>Enfileirar agora as tarefas selecionadas em cada uma das OLTs habilitadas delas</translation>
        </message>
        <message>
            <source>&amp;Jobs</source>
            <translation>&amp;Tarefas</translation>
        </message>
        <message>
            <source>Search executions</source>
            <translation>Buscar execuções</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Cancel the selected pending or running executions</source>
            <translation>Cancelar as execuções selecionadas que estão pendentes ou em execução</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>Ta&amp;refa:</translation>
        </message>
        <message>
            <source>O&amp;LT:</source>
            <translation>O&amp;LT:</translation>
        </message>
        <message>
            <source>Select an execution to see its attempts.</source>
            <translation>Selecione uma execução para ver as tentativas dela.</translation>
        </message>
        <message>
            <source>E&amp;xecutions</source>
            <translation>E&amp;xecuções</translation>
        </message>
        <message>
            <source>Search ONUs by serial, description, port…</source>
            <translation>Buscar ONUs por serial, descrição, porta…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Atualizar</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>Select an ONU to see the raw values its walks stored.</source>
            <translation>Selecione uma ONU para ver os valores brutos guardados pelas varreduras SNMP (walk).</translation>
        </message>
        <message>
            <source>O&amp;NU Data</source>
            <translation>Dados de O&amp;NU</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Localizar</translation>
        </message>
        <message>
            <source>Could not read the SNMP configuration: %1</source>
            <translation>Não foi possível ler a configuração SNMP: %1</translation>
        </message>
        <message>
            <source>Could not read execution #%1: %2</source>
            <translation>Não foi possível ler a execução #%1: %2</translation>
        </message>
        <message>
            <source>Execution #%1: %2 on %3, %4</source>
            <translation>Execução #%1: %2 em %3, %4</translation>
        </message>
        <message>
            <source> (resumes #%1)</source>
            <translation> (retoma a #%1)</translation>
        </message>
        <message>
            <source>Could not read the attempts of execution #%1: %2</source>
            <translation>Não foi possível ler as tentativas da execução #%1: %2</translation>
        </message>
        <message>
            <source>Could not read the ONUs of this OLT: %1</source>
            <translation>Não foi possível ler as ONUs desta OLT: %1</translation>
        </message>
        <message>
            <source>Raw values of ONU %1 (%2)</source>
            <translation>Valores brutos da ONU %1 (%2)</translation>
        </message>
        <message>
            <source>Could not read the raw values of this ONU: %1</source>
            <translation>Não foi possível ler os valores brutos desta ONU: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Salvo.</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n brand(s)? Their OIDs are deleted too; their OLTs go back to detection.</source>
            <translation>
                <numerusform>Excluir %n marca? Os OIDs dela também são excluídos; as OLTs dela voltam para a detecção automática.</numerusform>
                <numerusform>Excluir %n marcas? Os OIDs delas também são excluídos; as OLTs delas voltam para a detecção automática.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n OLT(s)? Their executions, ONUs and stored secrets are deleted too.</source>
            <translation>
                <numerusform>Excluir %n OLT? As execuções, as ONUs e os segredos armazenados dela também são excluídos.</numerusform>
                <numerusform>Excluir %n OLTs? As execuções, as ONUs e os segredos armazenados delas também são excluídos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n OID(s)?</source>
            <translation>
                <numerusform>Excluir %n OID?</numerusform>
                <numerusform>Excluir %n OIDs?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n job(s)? Their executions are deleted too.</source>
            <translation>
                <numerusform>Excluir %n tarefa? As execuções dela também são excluídas.</numerusform>
                <numerusform>Excluir %n tarefas? As execuções delas também são excluídas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Could not delete: %1</source>
            <translation>Não foi possível excluir: %1</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n row(s).</source>
            <translation>
                <numerusform>%n linha excluída.</numerusform>
                <numerusform>%n linhas excluídas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The OLT was deleted, but its secrets are still in the keychain: %1</source>
            <translation>A OLT foi excluída, mas os segredos dela continuam no chaveiro do sistema: %1</translation>
        </message>
        <message>
            <source>Could not change the rows: %1</source>
            <translation>Não foi possível alterar as linhas: %1</translation>
        </message>
        <message numerus="yes">
            <source>Enabled %n row(s).</source>
            <translation>
                <numerusform>%n linha habilitada.</numerusform>
                <numerusform>%n linhas habilitadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Disabled %n row(s).</source>
            <translation>
                <numerusform>%n linha desabilitada.</numerusform>
                <numerusform>%n linhas desabilitadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Queued %n job(s) on their enabled OLTs.</source>
            <translation>
                <numerusform>%n tarefa enfileirada nas OLTs habilitadas dela.</numerusform>
                <numerusform>%n tarefas enfileiradas nas OLTs habilitadas delas.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: queued %n execution(s).</source>
            <translation>
                <numerusform>%1: %n execução enfileirada.</numerusform>
                <numerusform>%1: %n execuções enfileiradas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Asking %1…</source>
            <translation>Consultando %1…</translation>
        </message>
        <message>
            <source>%1 did not answer as expected:
%2</source>
            <translation>%1 não respondeu como esperado:
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
Respondeu em %7 ms</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <source>none ships for this OLT</source>
            <translation>nenhum perfil disponível para esta OLT</translation>
        </message>
        <message>
            <source>Test SNMP: %1</source>
            <translation>Teste SNMP: %1</translation>
        </message>
        <message numerus="yes">
            <source>Asked to cancel %n execution(s).</source>
            <translation>
                <numerusform>Cancelamento solicitado para %n execução.</numerusform>
                <numerusform>Cancelamento solicitado para %n execuções.</numerusform>
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
            <translation>nunca sincronizado com sucesso</translation>
        </message>
        <message>
            <source>%1: last success %2</source>
            <translation>%1: último sucesso %2</translation>
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
            <translation>    a última execução falhou: %1</translation>
        </message>
        <message>
            <source>    its previous data is kept</source>
            <translation>    os dados anteriores são mantidos</translation>
        </message>
        <message>
            <source>%1 … syncing</source>
            <translation>%1 … sincronizando</translation>
        </message>
        <message>
            <source>    a sync is running</source>
            <translation>    há uma sincronização em andamento</translation>
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
            <translation>    última execução: %1; os dados anteriores são mantidos</translation>
        </message>
        <message>
            <source>    warnings: %1</source>
            <translation>    avisos: %1</translation>
        </message>
    </context>
    <context>
        <name>Beholder::SyncEngine</name>
        <message>
            <source>a sync is already running</source>
            <translation>já há uma sincronização em andamento</translation>
        </message>
        <message>
            <source>no protocol clients are available</source>
            <translation>nenhum cliente de protocolo está disponível</translation>
        </message>
        <message>
            <source>the source %1 is not configured for this profile</source>
            <translation>a fonte %1 não está configurada neste perfil</translation>
        </message>
        <message>
            <source>this profile has no sources to sync: import a profile description or set them up first</source>
            <translation>este perfil não tem fontes para sincronizar: importe uma descrição de perfil ou configure-as primeiro</translation>
        </message>
        <message>
            <source>canceled before it started</source>
            <translation>cancelada antes de começar</translation>
        </message>
        <message>
            <source>no client for %1</source>
            <translation>nenhum cliente de protocolo para %1</translation>
        </message>
        <message>
            <source>canceled; the previous data is kept</source>
            <translation>cancelada; os dados anteriores são mantidos</translation>
        </message>
        <message>
            <source>%1 of %2 routers failed (their previous secrets are kept), e.g. %3</source>
            <translation>%1 de %2 roteadores falharam (os secrets anteriores deles são mantidos), por exemplo: %3</translation>
        </message>
        <message>
            <source>could not write to the cache: %1</source>
            <translation>não foi possível gravar no cache: %1</translation>
        </message>
        <message>
            <source>cannot start the index rebuild</source>
            <translation>não é possível iniciar a reconstrução do índice</translation>
        </message>
        <message>
            <source>the search index rebuild was canceled; the next sync redoes it</source>
            <translation>a reconstrução do índice de busca foi cancelada; a próxima sincronização a refaz</translation>
        </message>
        <message>
            <source>cannot save the search index</source>
            <translation>não é possível salvar o índice de busca</translation>
        </message>
        <message>
            <source>the search index rebuild was canceled</source>
            <translation>a reconstrução do índice de busca foi cancelada</translation>
        </message>
    </context>
    <context>
        <name>Beholder::SyncPanel</name>
        <message>
            <source>waiting</source>
            <translation>aguardando</translation>
        </message>
        <message>
            <source>fetching</source>
            <translation>buscando</translation>
        </message>
        <message>
            <source>writing</source>
            <translation>gravando</translation>
        </message>
        <message>
            <source>done</source>
            <translation>concluída</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>falhou</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>not set up</source>
            <translation>não configurada</translation>
        </message>
        <message>
            <source>Nightly sync</source>
            <translation>Sincronização noturna</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronização</translation>
        </message>
        <message>
            <source>Command-line sync</source>
            <translation>Sincronização pela linha de comando</translation>
        </message>
        <message>
            <source>Demo sync from the simulated ISP</source>
            <translation>Sincronização de demonstração a partir do provedor simulado</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Cancel Sync</source>
            <translation>Cancelar sincronização</translation>
        </message>
        <message>
            <source>Stop the sync; every source not finished yet keeps its previous data</source>
            <translation>Interromper a sincronização; cada fonte ainda não concluída mantém os dados anteriores</translation>
        </message>
        <message>
            <source>No sync in this session yet. Data ▸ Sync Now fetches every source of the profile.</source>
            <translation>Nenhuma sincronização nesta sessão ainda. Dados ▸ Sincronizar agora busca todas as fontes do perfil.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>waiting for its turn</source>
            <translation>aguardando a vez</translation>
        </message>
        <message>
            <source>writing %1 items to the cache…</source>
            <translation>gravando %1 itens no cache…</translation>
        </message>
        <message>
            <source>fetching: %1 of %2 items</source>
            <translation>buscando: %1 de %2 itens</translation>
        </message>
        <message>
            <source>fetching: %1 items so far</source>
            <translation>buscando: %1 itens até agora</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>conectando…</translation>
        </message>
        <message>
            <source>not set up for this profile</source>
            <translation>não configurada neste perfil</translation>
        </message>
        <message>
            <source>%1   in %2   (%3 items fetched)</source>
            <translation>%1   em %2   (%3 itens obtidos)</translation>
        </message>
        <message>
            <source>%1 added, %2 changed, %3 removed, %4 unchanged; %5 items fetched in %6</source>
            <translation>%1 adicionados, %2 alterados, %3 removidos, %4 inalterados; %5 itens obtidos em %6</translation>
        </message>
        <message>
            <source>   ·   warnings: %1 (see the tooltip)</source>
            <translation>   ·   avisos: %1 (passe o mouse para ver)</translation>
        </message>
        <message>
            <source>%1 — the previous data is kept</source>
            <translation>%1 — os dados anteriores são mantidos</translation>
        </message>
        <message>
            <source>The data this source synced before is kept as it was.</source>
            <translation>Os dados que esta fonte sincronizou antes são mantidos como estavam.</translation>
        </message>
        <message>
            <source>canceled; the previous data is kept</source>
            <translation>cancelada; os dados anteriores são mantidos</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Avisos:</translation>
        </message>
        <message>
            <source>%1 canceled at %2; the sources not finished keep their previous data.</source>
            <translation>%1 cancelada às %2; as fontes não concluídas mantêm os dados anteriores.</translation>
        </message>
        <message>
            <source>%1 finished at %2 in %3: %4 of %5 sources failed; their previous data is kept.</source>
            <translation>%1 concluída às %2 em %3: %4 de %5 fontes falharam; os dados anteriores delas são mantidos.</translation>
        </message>
        <message>
            <source>%1 finished at %2 in %3: every source succeeded.</source>
            <translation>%1 concluída às %2 em %3: todas as fontes tiveram sucesso.</translation>
        </message>
        <message>
            <source>The search index could not be rebuilt: %1</source>
            <translation>Não foi possível reconstruir o índice de busca: %1</translation>
        </message>
        <message>
            <source>%1 canceled before it started; the data is as it was.</source>
            <translation>%1 cancelada antes de começar; os dados continuam como estavam.</translation>
        </message>
        <message>
            <source>%1 not started: %2</source>
            <translation>%1 não iniciada: %2</translation>
        </message>
        <message>
            <source>%1 started at %2: %3 of %4 sources done…</source>
            <translation>%1 iniciada às %2: %3 de %4 fontes concluídas…</translation>
        </message>
    </context>
    <context>
        <name>Beholder::SyncSession</name>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 e mais %2</translation>
        </message>
        <message>
            <source>Starting the simulated ISP…</source>
            <translation>Iniciando o provedor simulado…</translation>
        </message>
        <message>
            <source>the sources in %1 are not valid: %2</source>
            <translation>as fontes em %1 não são válidas: %2</translation>
        </message>
        <message>
            <source>profile “%1” has no sources to sync: import its description first (beholder-cli profile import FILE --profile %1)</source>
            <translation>o perfil “%1” não tem fontes para sincronizar: importe a descrição dele primeiro (beholder-cli profile import ARQUIVO --profile %1)</translation>
        </message>
        <message>
            <source>Reading the credentials…</source>
            <translation>Lendo as credenciais…</translation>
        </message>
        <message>
            <source>the credentials could not be read: %1</source>
            <translation>não foi possível ler as credenciais: %1</translation>
        </message>
        <message>
            <source>the OS keychain lacks these secrets of profile “%1”: %2. Set them with beholder-cli profile set-secret KEY --profile %1.</source>
            <translation>faltam no chaveiro do sistema estes segredos do perfil “%1”: %2. Defina-os com beholder-cli profile set-secret CHAVE --profile %1.</translation>
        </message>
        <message>
            <source>canceled before it started</source>
            <translation>cancelada antes de começar</translation>
        </message>
    </context>
    <context>
        <name>Beholder::ThresholdsDialog</name>
        <message>
            <source>Triage Thresholds</source>
            <translation>Limites de triagem</translation>
        </message>
        <message>
            <source>The numbers behind every verdict of this profile. Change them to fit your plant; a bold value differs from the default. Double-click a value, or select it and press F2, to edit it.</source>
            <translation>Os números por trás de cada veredito deste perfil. Ajuste-os à sua rede; um valor em negrito difere do padrão. Dê um duplo clique em um valor, ou selecione-o e pressione F2, para editá-lo.</translation>
        </message>
        <message>
            <source>Triage thresholds</source>
            <translation>Limites de triagem</translation>
        </message>
        <message>
            <source>%1. From %2 to %3; default %4.</source>
            <translation>%1. De %2 a %3; padrão %4.</translation>
        </message>
        <message>
            <source>Reset to &amp;Defaults</source>
            <translation>&amp;Restaurar padrões</translation>
        </message>
        <message>
            <source>Not changed: %1</source>
            <translation>Não alterado: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Não salvo: %1</translation>
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
            <translation>“%1” não é um número</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Limite</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Padrão</translation>
        </message>
    </context>
    <context>
        <name>Beholder::VerdictBanner</name>
        <message>
            <source>Verdict</source>
            <translation>Veredito</translation>
        </message>
        <message>
            <source>DIAGNOSING</source>
            <translation>DIAGNOSTICANDO</translation>
        </message>
        <message>
            <source>Looking up “%1” in the cache…</source>
            <translation>Procurando “%1” no cache…</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>verificando…</translation>
        </message>
        <message>
            <source>NO VERDICT</source>
            <translation>SEM VEREDITO</translation>
        </message>
        <message>
            <source>Nothing wrong found in what the sources said.</source>
            <translation>Nada de errado no que as fontes informaram.</translation>
        </message>
        <message>
            <source>See the findings below.</source>
            <translation>Veja as constatações abaixo.</translation>
        </message>
        <message>
            <source>OFFLINE — cached facts</source>
            <translation>OFFLINE — fatos do cache</translation>
        </message>
        <message>
            <source>There is no network: this verdict rests on the cache alone, as of the last sync.</source>
            <translation>Não há rede: este veredito se baseia apenas no cache, com dados da última sincronização.</translation>
        </message>
        <message>
            <source>preliminary · checking…</source>
            <translation>preliminar · verificando…</translation>
        </message>
        <message>
            <source>preliminary · checking %1…</source>
            <translation>preliminar · verificando %1…</translation>
        </message>
        <message>
            <source>checked in %1 ms</source>
            <translation>verificado em %1 ms</translation>
        </message>
        <message>
            <source>checked in %1 s</source>
            <translation>verificado em %1 s</translation>
        </message>
        <message>
            <source>Verdict: %1</source>
            <translation>Veredito: %1</translation>
        </message>
        <message>
            <source>Preliminary: live sources are still answering</source>
            <translation>Preliminar: as fontes ao vivo ainda estão respondendo</translation>
        </message>
    </context>
    <context>
        <name>BudgetMeter</name>
        <message>
            <source>%1 budget: no hourly limit</source>
            <translation>Cota de %1: sem limite por hora</translation>
        </message>
        <message>
            <source>%1 budget: %2 of %3 calls left this hour</source>
            <translation>Cota de %1: restam %2 de %3 chamadas nesta hora</translation>
        </message>
        <message>
            <source>%1 budget</source>
            <translation>Cota de %1</translation>
        </message>
        <message>
            <source>  ·  no call before %1</source>
            <translation>  ·  nenhuma chamada antes das %1</translation>
        </message>
        <message>
            <source>  ·  %1 (%2 per hour): next call at %3</source>
            <translation>  ·  %1 (%2 por hora): próxima chamada às %3</translation>
        </message>
    </context>
    <context>
        <name>CacheDatabase</name>
        <message>
            <source>cannot create the folder %1</source>
            <translation>não é possível criar a pasta %1</translation>
        </message>
        <message>
            <source>cannot open the cache %1: %2</source>
            <translation>não é possível abrir o cache %1: %2</translation>
        </message>
        <message>
            <source>cannot switch the cache %1 to WAL mode: %2</source>
            <translation>não é possível colocar o cache %1 em modo WAL: %2</translation>
        </message>
        <message>
            <source>cannot prepare the cache %1: %2</source>
            <translation>não é possível preparar o cache %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DemoProfile</name>
        <message>
            <source>the cache is not open</source>
            <translation>o cache não está aberto</translation>
        </message>
        <message>
            <source>Generating the demo ISP</source>
            <translation>Gerando o provedor de demonstração</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>Writing the cache</source>
            <translation>Gravando o cache</translation>
        </message>
        <message>
            <source>Building the search index</source>
            <translation>Construindo o índice de busca</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Salvando</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
    </context>
    <context>
        <name>Diagnosis</name>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>Diagnosis of %1</source>
            <translation>Diagnóstico de %1</translation>
        </message>
        <message>
            <source>Verdict: %1 — %2
</source>
            <translation>Veredito: %1 — %2
</translation>
        </message>
        <message>
            <source>No verdict: %1
</source>
            <translation>Sem veredito: %1
</translation>
        </message>
        <message>
            <source>OFFLINE: facts from the cache only.
</source>
            <translation>OFFLINE: apenas fatos do cache.
</translation>
        </message>
        <message>
            <source>(live checks still running)
</source>
            <translation>(verificações ao vivo ainda em andamento)
</translation>
        </message>
        <message>
            <source>Findings:
</source>
            <translation>Constatações:
</translation>
        </message>
        <message>
            <source>Facts:
</source>
            <translation>Fatos:
</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Roteador</translation>
        </message>
        <message>
            <source>PPPoE session up</source>
            <translation>Sessão PPPoE no ar</translation>
        </message>
        <message>
            <source>Session starts in 24 h</source>
            <translation>Inícios de sessão em 24 h</translation>
        </message>
        <message>
            <source>ONU status</source>
            <translation>Status da ONU</translation>
        </message>
        <message>
            <source>ONU Rx</source>
            <translation>Rx da ONU</translation>
        </message>
        <message>
            <source>OLT Rx</source>
            <translation>Rx da OLT</translation>
        </message>
        <message>
            <source>Antenna online</source>
            <translation>Antena online</translation>
        </message>
        <message>
            <source>Antenna RSSI</source>
            <translation>RSSI da antena</translation>
        </message>
        <message>
            <source>Antenna SNR</source>
            <translation>SNR da antena</translation>
        </message>
        <message>
            <source>Traffic, % of plan</source>
            <translation>Tráfego, % do plano</translation>
        </message>
        <message>
            <source>  Neighbours on %1: %2 of %3 down
</source>
            <translation>  Vizinhos em %1: %2 de %3 fora do ar
</translation>
        </message>
        <message>
            <source>Source down: %1 — %2
</source>
            <translation>Fonte fora do ar: %1 — %2
</translation>
        </message>
        <message>
            <source>Checked at %1 by Beholder
</source>
            <translation>Verificado em %1 pelo Beholder
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
                <numerusform>%n dia</numerusform>
                <numerusform>%n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days %1 h</source>
            <translation>
                <numerusform>%n dia %1 h</numerusform>
                <numerusform>%n dias %1 h</numerusform>
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
            <translation>Rádio</translation>
        </message>
        <message>
            <source>Fibre</source>
            <translation>Fibra</translation>
        </message>
        <message>
            <source>Routers</source>
            <translation>Roteadores</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dados de demonstração</translation>
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
            <translation>erro de banco de dados desconhecido</translation>
        </message>
        <message>
            <source>cannot read the schema version: %1</source>
            <translation>não é possível ler a versão do esquema: %1</translation>
        </message>
        <message>
            <source>the cache has schema version %1, newer than this Beholder understands (%2): it was written by a newer version</source>
            <translation>o cache tem a versão de esquema %1, mais nova do que este Beholder entende (%2): foi gravado por uma versão mais nova</translation>
        </message>
        <message>
            <source>migration %1 (%2) failed: %3</source>
            <translation>a migração %1 (%2) falhou: %3</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <source>"%1" is not a valid profile name: use 1 to 64 letters, digits, '-' or '_', starting with a letter or digit</source>
            <translation>"%1" não é um nome de perfil válido: use de 1 a 64 letras, dígitos, '-' ou '_', começando com uma letra ou dígito</translation>
        </message>
    </context>
    <context>
        <name>ProfileDescription</name>
        <message>
            <source>the file is larger than %1 MiB: not a profile description</source>
            <translation>o arquivo tem mais de %1 MiB: não é uma descrição de perfil</translation>
        </message>
        <message>
            <source>not valid JSON at line %1, column %2: %3</source>
            <translation>JSON inválido na linha %1, coluna %2: %3</translation>
        </message>
        <message>
            <source>the top level must be a JSON object</source>
            <translation>o nível superior deve ser um objeto JSON</translation>
        </message>
        <message>
            <source>: required ("%1"); is this a Beholder profile description?</source>
            <translation>: obrigatório ("%1"); isto é uma descrição de perfil do Beholder?</translation>
        </message>
        <message>
            <source>: "%1" is newer than this Beholder reads ("%2")</source>
            <translation>: "%1" é mais novo do que este Beholder lê ("%2")</translation>
        </message>
        <message>
            <source>: must be "%1"; this is not a Beholder profile description</source>
            <translation>: deve ser "%1"; isto não é uma descrição de perfil do Beholder</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>deve ser um objeto</translation>
        </message>
        <message>
            <source>required: ispcube, smartolt, cnmaestro or routeros</source>
            <translation>obrigatório: ispcube, smartolt, cnmaestro ou routeros</translation>
        </message>
        <message>
            <source>"%1" is not one of ispcube, smartolt, cnmaestro, routeros</source>
            <translation>"%1" não é um de ispcube, smartolt, cnmaestro, routeros</translation>
        </message>
        <message>
            <source>is not a valid URL</source>
            <translation>não é uma URL válida</translation>
        </message>
        <message>
            <source>%1 takes no secret here</source>
            <translation>%1 não aceita segredo aqui</translation>
        </message>
        <message>
            <source>not a secret of %1 (it takes %2)</source>
            <translation>não é um segredo de %1 (ele aceita %2)</translation>
        </message>
        <message>
            <source>required: the node (nodes.id in the CRM) this router is</source>
            <translation>obrigatório: o nó (nodes.id no CRM) que corresponde a este roteador</translation>
        </message>
        <message>
            <source>not a secret of a router (it takes password)</source>
            <translation>não é um segredo de roteador (ele aceita password)</translation>
        </message>
        <message>
            <source>must not be empty; leave it out to set it later</source>
            <translation>não pode ficar vazio; omita-o para defini-lo depois</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>deve ser uma string</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>deve ser true ou false</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>deve ser um número inteiro</translation>
        </message>
        <message>
            <source>is out of range</source>
            <translation>está fora do intervalo</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>deve ser um array</translation>
        </message>
        <message>
            <source>: unknown field, ignored</source>
            <translation>: campo desconhecido, ignorado</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>não é possível ler %1: %2</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>não é possível gravar %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ProfileManager</name>
        <message>
            <source>cannot create the profile folder %1</source>
            <translation>não é possível criar a pasta do perfil %1</translation>
        </message>
    </context>
    <context>
        <name>Snmp::SnmpStore</name>
        <message>
            <source>the name "%1" is already taken</source>
            <translation>o nome "%1" já está em uso</translation>
        </message>
        <message>
            <source>the enterprise number %1 is already %2's</source>
            <translation>o número de empresa %1 já pertence a %2</translation>
        </message>
        <message>
            <source>no brand with enterprise number %1</source>
            <translation>nenhuma marca com o número de empresa %1</translation>
        </message>
        <message>
            <source>no SmartOLT OLT with id %1 in the cache</source>
            <translation>nenhuma OLT do SmartOLT com id %1 no cache</translation>
        </message>
        <message>
            <source>the brand already has the OID %1 under another name</source>
            <translation>a marca já tem o OID %1 com outro nome</translation>
        </message>
        <message>
            <source>execution %1 is %2, not %3</source>
            <translation>a execução %1 está %2, não %3</translation>
        </message>
        <message>
            <source>an execution ends as success, failed or interrupted, not %1</source>
            <translation>uma execução termina como success, failed ou interrupted, não %1</translation>
        </message>
        <message>
            <source>pending or running</source>
            <translation>pendente ou em execução</translation>
        </message>
        <message>
            <source>no ONU with serial %1 on any OLT</source>
            <translation>nenhuma ONU com serial %1 em qualquer OLT</translation>
        </message>
        <message>
            <source>already exists: %1</source>
            <translation>já existe: %1</translation>
        </message>
        <message>
            <source>refers to something that does not exist: %1</source>
            <translation>faz referência a algo que não existe: %1</translation>
        </message>
        <message>
            <source>refused by the cache: %1</source>
            <translation>recusado pelo cache: %1</translation>
        </message>
        <message>
            <source>cache error: %1</source>
            <translation>erro do cache: %1</translation>
        </message>
        <message>
            <source>no brand with id %1</source>
            <translation>nenhuma marca com id %1</translation>
        </message>
        <message>
            <source>no OLT with id %1</source>
            <translation>nenhuma OLT com id %1</translation>
        </message>
        <message>
            <source>no OID with id %1</source>
            <translation>nenhum OID com id %1</translation>
        </message>
        <message>
            <source>no job with id %1</source>
            <translation>nenhuma tarefa com id %1</translation>
        </message>
        <message>
            <source>no execution with id %1</source>
            <translation>nenhuma execução com id %1</translation>
        </message>
    </context>
    <context>
        <name>Snmp::Validation</name>
        <message>
            <source>the name is required</source>
            <translation>o nome é obrigatório</translation>
        </message>
        <message>
            <source>the name is too long: at most %1 characters</source>
            <translation>o nome é longo demais: no máximo %1 caracteres</translation>
        </message>
        <message>
            <source>the enterprise number must be a positive number (Huawei is 2011)</source>
            <translation>o número de empresa deve ser um número positivo (Huawei é 2011)</translation>
        </message>
        <message>
            <source>the host is required</source>
            <translation>o host é obrigatório</translation>
        </message>
        <message>
            <source>"%1" is not an IP address or a host name</source>
            <translation>"%1" não é um endereço IP nem um nome de host</translation>
        </message>
        <message>
            <source>the port must be between 1 and 65535, not %1</source>
            <translation>a porta deve estar entre 1 e 65535, não %1</translation>
        </message>
        <message>
            <source>SNMP v3 needs a user name</source>
            <translation>SNMP v3 precisa de um nome de usuário</translation>
        </message>
        <message>
            <source>the SNMP v3 user name is too long: at most 32 characters</source>
            <translation>o nome de usuário SNMP v3 é longo demais: no máximo 32 caracteres</translation>
        </message>
        <message>
            <source>the SNMP v3 context name is too long: at most 32 bytes</source>
            <translation>o nome de contexto SNMP v3 é longo demais: no máximo 32 bytes</translation>
        </message>
        <message>
            <source>"%1" is not a vendor profile id: use letters, digits, '.', '-' or '_'</source>
            <translation>"%1" não é um id de perfil de fabricante: use letras, dígitos, '.', '-' ou '_'</translation>
        </message>
        <message>
            <source>no brand with id %1</source>
            <translation>nenhuma marca com id %1</translation>
        </message>
        <message>
            <source>the OID needs a brand</source>
            <translation>o OID precisa de uma marca</translation>
        </message>
        <message>
            <source>the OID is required</source>
            <translation>o OID é obrigatório</translation>
        </message>
        <message>
            <source>"%1" is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2</source>
            <translation>"%1" não é um OID: escreva números separados por pontos, como 1.3.6.1.2.1.1.2</translation>
        </message>
        <message>
            <source>the purpose is required (serial, rx_power, run_state...)</source>
            <translation>a finalidade é obrigatória (serial, rx_power, run_state...)</translation>
        </message>
        <message>
            <source>"%1" is not a purpose: use lower-case letters, digits and '_', like rx_power</source>
            <translation>"%1" não é uma finalidade: use letras minúsculas, dígitos e '_', como rx_power</translation>
        </message>
        <message>
            <source>the interval must be between %1 s and %2 s (30 days), not %3 s</source>
            <translation>o intervalo deve estar entre %1 s e %2 s (30 dias), não %3 s</translation>
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
            <translation>pendente</translation>
        </message>
        <message>
            <source>running</source>
            <translation>em execução</translation>
        </message>
        <message>
            <source>success</source>
            <translation>sucesso</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>falhou</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrompida</translation>
        </message>
        <message>
            <source>running… %1</source>
            <translation>em execução… %1</translation>
        </message>
        <message>
            <source>discovery</source>
            <translation>descoberta</translation>
        </message>
        <message>
            <source>polling</source>
            <translation>coleta</translation>
        </message>
        <message>
            <source>inventory</source>
            <translation>inventário</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>optical</source>
            <translation>óptico</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
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
            <translation>falha de autenticação</translation>
        </message>
        <message>
            <source>initializing</source>
            <translation>inicializando</translation>
        </message>
        <message>
            <source>timeout</source>
            <translation>tempo esgotado</translation>
        </message>
        <message>
            <source>authentication</source>
            <translation>autenticação</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erro</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Enterprise (PEN)</source>
            <translation>Empresa (PEN)</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualizado</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Porta</translation>
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
            <translation>detectado pelo sysObjectID</translation>
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
            <translation>sim</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>OID</source>
            <translation>OID</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalidade</translation>
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
            <translation>Última execução</translation>
        </message>
        <message>
            <source>Next run</source>
            <translation>Próxima execução</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Tarefa</translation>
        </message>
        <message>
            <source>OLT</source>
            <translation>OLT</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Enfileirada</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Iniciada</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duração</translation>
        </message>
        <message>
            <source>ONUs</source>
            <translation>ONUs</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erro</translation>
        </message>
        <message>
            <source>PON port</source>
            <translation>Porta PON</translation>
        </message>
        <message>
            <source>ONU</source>
            <translation>ONU</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Last down cause</source>
            <translation>Última causa de queda</translation>
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
            <translation>Rx da OLT dBm</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Distância</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <source>Discovered</source>
            <translation>Descoberta</translation>
        </message>
        <message>
            <source>Status at</source>
            <translation>Status em</translation>
        </message>
        <message>
            <source>Optical at</source>
            <translation>Óptico em</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Tentativa</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Next retry</source>
            <translation>Próxima tentativa</translation>
        </message>
        <message>
            <source>OID name</source>
            <translation>Nome do OID</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Coletado</translation>
        </message>
    </context>
    <context>
        <name>SourceFetchers</name>
        <message>
            <source>full ONU listing not refreshed (%1): status and optical power were</source>
            <translation>a listagem completa de ONUs não foi atualizada (%1); status e potência óptica foram</translation>
        </message>
        <message>
            <source>routers: canceled</source>
            <translation>roteadores: cancelado</translation>
        </message>
        <message>
            <source>all %1 routers failed, e.g. %2</source>
            <translation>todos os %1 roteadores falharam, por exemplo: %2</translation>
        </message>
    </context>
    <context>
        <name>SourceSettings</name>
        <message>
            <source>: a secret does not belong in settings.ini and is ignored; store it in the OS keychain and delete it from the file</source>
            <translation>: um segredo não deve ficar no settings.ini e é ignorado; guarde-o no chaveiro do sistema e apague-o do arquivo</translation>
        </message>
        <message>
            <source>: unknown setting, ignored</source>
            <translation>: configuração desconhecida, ignorada</translation>
        </message>
        <message>
            <source>: must be true or false</source>
            <translation>: deve ser true ou false</translation>
        </message>
        <message>
            <source>: must be a whole number</source>
            <translation>: deve ser um número inteiro</translation>
        </message>
        <message>
            <source>: is not a valid URL</source>
            <translation>: não é uma URL válida</translation>
        </message>
        <message>
            <source>%1 could not be read as an INI file</source>
            <translation>não foi possível ler %1 como arquivo INI</translation>
        </message>
        <message>
            <source>: the sources were saved by a newer Beholder (format %1; this one reads %2)</source>
            <translation>: as fontes foram salvas por um Beholder mais novo (formato %1; este lê %2)</translation>
        </message>
        <message>
            <source>: unknown source, ignored</source>
            <translation>: fonte desconhecida, ignorada</translation>
        </message>
        <message>
            <source>: a router's group must be named by its node id (a positive number)</source>
            <translation>: o grupo de um roteador deve ser nomeado pelo id do nó (um número positivo)</translation>
        </message>
        <message>
            <source>: refusing to write a secret to settings.ini</source>
            <translation>: recusando gravar um segredo no settings.ini</translation>
        </message>
        <message>
            <source>%1 cannot be created</source>
            <translation>não é possível criar %1</translation>
        </message>
        <message>
            <source>%1 could not be written</source>
            <translation>não foi possível gravar %1</translation>
        </message>
    </context>
    <context>
        <name>SourceValidation</name>
        <message>
            <source>not used by routeros: each router has its own host and port</source>
            <translation>não usado por routeros: cada roteador tem o próprio host e porta</translation>
        </message>
        <message>
            <source>required: the OAuth client id of the cnMaestro API client</source>
            <translation>obrigatório: o client id OAuth do cliente de API do cnMaestro</translation>
        </message>
        <message>
            <source>required: the ISPCube API user name</source>
            <translation>obrigatório: o nome de usuário da API do ISPCube</translation>
        </message>
        <message>
            <source>not used by %1</source>
            <translation>não usado por %1</translation>
        </message>
        <message>
            <source>required: the ISPCube company id (client-id header)</source>
            <translation>obrigatório: o id da empresa no ISPCube (cabeçalho client-id)</translation>
        </message>
        <message>
            <source>not used by cnmaestro: its OAuth client id goes in user</source>
            <translation>não usado por cnmaestro: o client id OAuth dele vai em user</translation>
        </message>
        <message>
            <source>not used by routeros</source>
            <translation>não usado por routeros</translation>
        </message>
        <message>
            <source>must be a positive node id (nodes.id in the CRM)</source>
            <translation>deve ser um id de nó positivo (nodes.id no CRM)</translation>
        </message>
        <message>
            <source>required: the router's host name or IP address</source>
            <translation>obrigatório: o nome de host ou endereço IP do roteador</translation>
        </message>
        <message>
            <source>"%1" is not a valid host name or IP address</source>
            <translation>"%1" não é um nome de host ou endereço IP válido</translation>
        </message>
        <message>
            <source>8728 is the plain API port; API-SSL usually listens on 8729</source>
            <translation>8728 é a porta da API sem criptografia; a API-SSL normalmente escuta na 8729</translation>
        </message>
        <message>
            <source>8729 is the API-SSL port; set tls to true or use 8728</source>
            <translation>8729 é a porta da API-SSL; defina tls como true ou use 8728</translation>
        </message>
        <message>
            <source>required: the RouterOS API user</source>
            <translation>obrigatório: o usuário da API do RouterOS</translation>
        </message>
        <message>
            <source>%1 appears more than once</source>
            <translation>%1 aparece mais de uma vez</translation>
        </message>
        <message>
            <source>node id %1 appears more than once</source>
            <translation>o id de nó %1 aparece mais de uma vez</translation>
        </message>
        <message>
            <source>another router has the same host and port</source>
            <translation>outro roteador tem o mesmo host e porta</translation>
        </message>
        <message>
            <source>required: the API's base URL</source>
            <translation>obrigatório: a URL base da API</translation>
        </message>
        <message>
            <source>is not a valid URL</source>
            <translation>não é uma URL válida</translation>
        </message>
        <message>
            <source>must start with https:// (or http://)</source>
            <translation>deve começar com https:// (ou http://)</translation>
        </message>
        <message>
            <source>has no host name</source>
            <translation>não tem nome de host</translation>
        </message>
        <message>
            <source>port must be 1-65535</source>
            <translation>a porta deve ser 1-65535</translation>
        </message>
        <message>
            <source>must not contain a user name or password: secrets belong in the OS keychain</source>
            <translation>não pode conter nome de usuário nem senha: segredos ficam no chaveiro do sistema</translation>
        </message>
        <message>
            <source>must not have a query (?...) or fragment (#...)</source>
            <translation>não pode ter query (?...) nem fragmento (#...)</translation>
        </message>
        <message>
            <source>uses plain http: credentials and customer data travel unencrypted</source>
            <translation>usa http sem criptografia: credenciais e dados de clientes trafegam desprotegidos</translation>
        </message>
        <message>
            <source>must be %1-%2</source>
            <translation>deve ser %1-%2</translation>
        </message>
    </context>
    <context>
        <name>SourceWriter</name>
        <message>
            <source>%1 %2 left out: they refer to something the source did not list</source>
            <translation>ficaram de fora %1 %2: fazem referência a algo que a fonte não listou</translation>
        </message>
        <message>
            <source>connections</source>
            <translation>conexões</translation>
        </message>
        <message>
            <source>ONUs</source>
            <translation>ONUs</translation>
        </message>
        <message>
            <source>%1 ONUs are new since the last full listing: they appear after the next one</source>
            <translation>%1 ONUs são novas desde a última listagem completa: aparecem depois da próxima</translation>
        </message>
        <message>
            <source>cannot mark the search index for rebuilding</source>
            <translation>não é possível marcar o índice de busca para reconstrução</translation>
        </message>
    </context>
    <context>
        <name>SyncLock</name>
        <message>
            <source>a sync of this profile is already running (%1, process %2 on %3)</source>
            <translation>já há uma sincronização deste perfil em andamento (%1, processo %2 em %3)</translation>
        </message>
        <message>
            <source>cannot take the sync lock %1</source>
            <translation>não é possível obter a trava de sincronização %1</translation>
        </message>
    </context>
    <context>
        <name>TimeFormat</name>
        <message>
            <source>just now</source>
            <translation>agora mesmo</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>há %n min</numerusform>
                <numerusform>há %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>há %n h</numerusform>
                <numerusform>há %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>há %n dia</numerusform>
                <numerusform>há %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>as of %1, %2</source>
            <translation>em %1, %2</translation>
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
            <translation>fraco</translation>
        </message>
        <message>
            <source>below budget</source>
            <translation>abaixo do orçamento óptico</translation>
        </message>
        <message>
            <source>too weak</source>
            <translation>fraco demais</translation>
        </message>
        <message>
            <source>weak link</source>
            <translation>enlace fraco</translation>
        </message>
        <message>
            <source>poor link</source>
            <translation>enlace ruim</translation>
        </message>
    </context>
    <context>
        <name>Triage::Expression</name>
        <message>
            <source>true/false</source>
            <translation>verdadeiro/falso</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>um número</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>anything</source>
            <translation>qualquer coisa</translation>
        </message>
        <message>
            <source>true/false values</source>
            <translation>valores verdadeiro/falso</translation>
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
            <source>a fact name cannot end with '.'</source>
            <translation>um nome de fato não pode terminar com '.'</translation>
        </message>
        <message>
            <source>use '&amp;&amp;' instead of 'and'</source>
            <translation>use '&amp;&amp;' em vez de 'and'</translation>
        </message>
        <message>
            <source>use '||' instead of 'or'</source>
            <translation>use '||' em vez de 'or'</translation>
        </message>
        <message>
            <source>use '!' instead of 'not'</source>
            <translation>use '!' em vez de 'not'</translation>
        </message>
        <message>
            <source>expected a threshold name after '$'</source>
            <translation>esperava-se um nome de limite após '$'</translation>
        </message>
        <message>
            <source>expected digits after the decimal point</source>
            <translation>esperavam-se dígitos após o ponto decimal</translation>
        </message>
        <message>
            <source>expected digits in the exponent</source>
            <translation>esperavam-se dígitos no expoente</translation>
        </message>
        <message>
            <source>unexpected %1 after a number</source>
            <translation>%1 inesperado após um número</translation>
        </message>
        <message>
            <source>the number is too large</source>
            <translation>o número é grande demais</translation>
        </message>
        <message>
            <source>only \' and \\ may follow a backslash in 'text'</source>
            <translation>só \' e \\ podem vir após uma barra invertida em 'texto'</translation>
        </message>
        <message>
            <source>the text that starts here is not closed with '</source>
            <translation>o texto que começa aqui não é fechado com '</translation>
        </message>
        <message>
            <source>'=' alone is not an operator: compare with '=='</source>
            <translation>'=' sozinho não é um operador: compare com '=='</translation>
        </message>
        <message>
            <source>'&amp;' alone is not an operator: use '&amp;&amp;'</source>
            <translation>'&amp;' sozinho não é um operador: use '&amp;&amp;'</translation>
        </message>
        <message>
            <source>'|' alone is not an operator: use '||'</source>
            <translation>'|' sozinho não é um operador: use '||'</translation>
        </message>
        <message>
            <source>text goes in single quotes: 'like this'</source>
            <translation>texto vai entre aspas simples: 'assim'</translation>
        </message>
        <message>
            <source>unexpected character %1</source>
            <translation>caractere inesperado %1</translation>
        </message>
        <message>
            <source>')' without a matching '('</source>
            <translation>')' sem um '(' correspondente</translation>
        </message>
        <message>
            <source>expected an operator or the end, found %1</source>
            <translation>esperava-se um operador ou o fim, encontrado %1</translation>
        </message>
        <message>
            <source>the condition must be true or false, not %1</source>
            <translation>a condição deve resultar em verdadeiro ou falso, não em %1</translation>
        </message>
        <message>
            <source>the end</source>
            <translation>o fim</translation>
        </message>
        <message>
            <source>nested more than %1 levels deep</source>
            <translation>aninhado em mais de %1 níveis</translation>
        </message>
        <message>
            <source>'%1' needs true or false on both sides, not %2</source>
            <translation>'%1' precisa de verdadeiro ou falso dos dois lados, não de %2</translation>
        </message>
        <message>
            <source>'!' needs true or false, not %1</source>
            <translation>'!' precisa de verdadeiro ou falso, não de %1</translation>
        </message>
        <message>
            <source>'%1' compares numbers, not %2</source>
            <translation>'%1' compara números, não %2</translation>
        </message>
        <message>
            <source>'%1' cannot compare %2 with %3</source>
            <translation>'%1' não pode comparar %2 com %3</translation>
        </message>
        <message>
            <source>comparisons cannot be chained: join them with '&amp;&amp;'</source>
            <translation>comparações não podem ser encadeadas: junte-as com '&amp;&amp;'</translation>
        </message>
        <message>
            <source>expected '[' after 'in'</source>
            <translation>esperava-se '[' após 'in'</translation>
        </message>
        <message>
            <source>the list after 'in' is empty</source>
            <translation>a lista após 'in' está vazia</translation>
        </message>
        <message>
            <source>expected a number after '-'</source>
            <translation>esperava-se um número após '-'</translation>
        </message>
        <message>
            <source>the '[' here is not closed with ']'</source>
            <translation>o '[' aqui não é fechado com ']'</translation>
        </message>
        <message>
            <source>a list holds numbers, 'text', true or false, not %1</source>
            <translation>uma lista contém números, 'texto', true ou false, não %1</translation>
        </message>
        <message>
            <source>the list mixes %1 and %2</source>
            <translation>a lista mistura %1 e %2</translation>
        </message>
        <message>
            <source>expected ',' or ']' in the list, found %1</source>
            <translation>esperava-se ',' ou ']' na lista, encontrado %1</translation>
        </message>
        <message>
            <source>'in' looks for %1 in a list of %2</source>
            <translation>'in' procura %1 em uma lista de %2</translation>
        </message>
        <message>
            <source>'-' needs a number, not %1</source>
            <translation>'-' precisa de um número, não de %1</translation>
        </message>
        <message>
            <source>unknown threshold '$%1'</source>
            <translation>limite desconhecido '$%1'</translation>
        </message>
        <message>
            <source>expected '(' after 'known'</source>
            <translation>esperava-se '(' após 'known'</translation>
        </message>
        <message>
            <source>known() takes a fact name, not %1</source>
            <translation>known() recebe um nome de fato, não %1</translation>
        </message>
        <message>
            <source>expected ')' after the fact name in known()</source>
            <translation>esperava-se ')' após o nome do fato em known()</translation>
        </message>
        <message>
            <source>expected ')' to close the '(' at column %1, found %2</source>
            <translation>esperava-se ')' para fechar o '(' da coluna %1, encontrado %2</translation>
        </message>
        <message>
            <source>the condition ends where a value was expected</source>
            <translation>a condição termina onde se esperava um valor</translation>
        </message>
        <message>
            <source>expected a fact, a $threshold, a number, 'text', true or false, found %1</source>
            <translation>esperava-se um fato, um $limite, um número, 'texto', true ou false, encontrado %1</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>coluna %1: %2</translation>
        </message>
        <message>
            <source>the condition is longer than %1 characters</source>
            <translation>a condição tem mais de %1 caracteres</translation>
        </message>
        <message>
            <source>the condition is empty</source>
            <translation>a condição está vazia</translation>
        </message>
    </context>
    <context>
        <name>Triage::Reason</name>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>column %1: %2</source>
            <translation>coluna %1: %2</translation>
        </message>
        <message>
            <source>the text is longer than 4000 characters</source>
            <translation>o texto tem mais de 4000 caracteres</translation>
        </message>
        <message>
            <source>'}' without a matching '{' (write '}}' for a brace)</source>
            <translation>'}' sem um '{' correspondente (escreva '}}' para uma chave literal)</translation>
        </message>
        <message>
            <source>'[[' inside '[[ ]]': optional parts do not nest</source>
            <translation>'[[' dentro de '[[ ]]': partes opcionais não se aninham</translation>
        </message>
        <message>
            <source>']]' without a matching '[['</source>
            <translation>']]' sem um '[[' correspondente</translation>
        </message>
        <message>
            <source>'{' is not closed with '}' (write '{{' for a brace)</source>
            <translation>'{' não é fechado com '}' (escreva '{{' para uma chave literal)</translation>
        </message>
        <message>
            <source>'{}' names no fact or threshold</source>
            <translation>'{}' não indica nenhum fato ou limite</translation>
        </message>
        <message>
            <source>'{%1}' is not a fact or threshold name</source>
            <translation>'{%1}' não é nome de fato nem de limite</translation>
        </message>
        <message>
            <source>unknown threshold '$%1'</source>
            <translation>limite desconhecido '$%1'</translation>
        </message>
        <message>
            <source>unknown format ':%1' (use 0-6, time, duration, duration_s, age or pct)</source>
            <translation>formato desconhecido ':%1' (use 0-6, time, duration, duration_s, age ou pct)</translation>
        </message>
        <message>
            <source>':age' is for facts, not thresholds</source>
            <translation>':age' é para fatos, não para limites</translation>
        </message>
        <message>
            <source>':%1' needs a number, and '%2' is %3</source>
            <translation>':%1' precisa de um número, e '%2' é %3</translation>
        </message>
        <message>
            <source>'[[' is not closed with ']]'</source>
            <translation>'[[' não é fechado com ']]'</translation>
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
            <translation>%1 dias</translation>
        </message>
        <message>
            <source>%1 days %2 h</source>
            <translation>%1 dias %2 h</translation>
        </message>
        <message>
            <source>less than a minute</source>
            <translation>menos de um minuto</translation>
        </message>
    </context>
    <context>
        <name>Triage::RuleBook</name>
        <message>
            <source>unknown field '%1'</source>
            <translation>campo desconhecido '%1'</translation>
        </message>
        <message>
            <source>'%1' is missing</source>
            <translation>'%1' está faltando</translation>
        </message>
        <message>
            <source>'%1' must be a non-empty string</source>
            <translation>'%1' deve ser uma string não vazia</translation>
        </message>
        <message>
            <source>'%1' must be true or false</source>
            <translation>'%1' deve ser true ou false</translation>
        </message>
        <message>
            <source>unknown verdict '%1' (one of %2)</source>
            <translation>veredito desconhecido '%1' (use um de %2)</translation>
        </message>
        <message>
            <source>unknown severity '%1' (one of %2)</source>
            <translation>severidade desconhecida '%1' (use uma de %2)</translation>
        </message>
        <message>
            <source>'when': %1</source>
            <translation>'when': %1</translation>
        </message>
        <message>
            <source>'when' reads unknown fact '%1'</source>
            <translation>'when' lê o fato desconhecido '%1'</translation>
        </message>
        <message>
            <source>'reason': %1</source>
            <translation>'reason': %1</translation>
        </message>
        <message>
            <source>'reason' quotes unknown fact '%1'</source>
            <translation>'reason' cita o fato desconhecido '%1'</translation>
        </message>
        <message>
            <source>the id '%1' must be lower-case words joined by dots, like 'fibre.los'</source>
            <translation>o id '%1' deve ser formado por palavras em minúsculas unidas por pontos, como 'fibre.los'</translation>
        </message>
        <message>
            <source>'variants' must be a list</source>
            <translation>'variants' deve ser uma lista</translation>
        </message>
        <message>
            <source>variant %1: </source>
            <translation>variante %1: </translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>deve ser um objeto</translation>
        </message>
        <message>
            <source>changes nothing: give it a verdict, severity, title or reason</source>
            <translation>não muda nada: defina um veredito, uma severidade, um título ou um motivo</translation>
        </message>
        <message>
            <source>not valid JSON: %1 at byte %2</source>
            <translation>JSON inválido: %1 no byte %2</translation>
        </message>
        <message>
            <source>a rules file is a JSON object with "format" and "rules"</source>
            <translation>um arquivo de regras é um objeto JSON com "format" e "rules"</translation>
        </message>
        <message>
            <source>"format" must be "%1", not "%2"</source>
            <translation>"format" deve ser "%1", não "%2"</translation>
        </message>
        <message>
            <source>unknown field '%1' at the top of the rules file</source>
            <translation>campo desconhecido '%1' no nível superior do arquivo de regras</translation>
        </message>
        <message>
            <source>"rules" must be a list of rules</source>
            <translation>"rules" deve ser uma lista de regras</translation>
        </message>
        <message>
            <source>rule %1: </source>
            <translation>regra %1: </translation>
        </message>
        <message>
            <source>rule %1 (%2): </source>
            <translation>regra %1 (%2): </translation>
        </message>
        <message>
            <source>duplicate rule id '%1' (rules %2 and %3)</source>
            <translation>id de regra duplicado '%1' (regras %2 e %3)</translation>
        </message>
        <message>
            <source>the rules file has no rules</source>
            <translation>o arquivo de regras não tem regras</translation>
        </message>
        <message>
            <source>No rule applies to what is known so far</source>
            <translation>Nenhuma regra se aplica ao que se sabe até agora</translation>
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
            <translation>aviso</translation>
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
            <translation>Rx da ONU: nível de aviso</translation>
        </message>
        <message>
            <source>ONU Rx weaker than this: weak signal (warning)</source>
            <translation>Rx da ONU mais fraco que isto: sinal fraco (aviso)</translation>
        </message>
        <message>
            <source>ONU Rx critical level</source>
            <translation>Rx da ONU: nível crítico</translation>
        </message>
        <message>
            <source>ONU Rx weaker than this: below the optical budget (DISPATCH)</source>
            <translation>Rx da ONU mais fraco que isto: abaixo do orçamento óptico (ENVIAR TÉCNICO)</translation>
        </message>
        <message>
            <source>ONU Rx overload level</source>
            <translation>Rx da ONU: nível de sobrecarga</translation>
        </message>
        <message>
            <source>ONU Rx stronger than this: overload, needs an attenuator (DISPATCH)</source>
            <translation>Rx da ONU mais forte que isto: sobrecarga, precisa de atenuador (ENVIAR TÉCNICO)</translation>
        </message>
        <message>
            <source>OLT Rx warning level</source>
            <translation>Rx da OLT: nível de aviso</translation>
        </message>
        <message>
            <source>OLT Rx of the ONU weaker than this: weak upstream (warning)</source>
            <translation>Rx da ONU na OLT mais fraco que isto: upstream fraco (aviso)</translation>
        </message>
        <message>
            <source>Optical drift warning</source>
            <translation>Aviso de degradação óptica</translation>
        </message>
        <message>
            <source>ONU Rx weaker by this much than a week ago: a fibre getting worse (warning)</source>
            <translation>Rx da ONU mais fraco do que há uma semana, por esta diferença: fibra se degradando (aviso)</translation>
        </message>
        <message>
            <source>Repeated power failures</source>
            <translation>Quedas de energia repetidas</translation>
        </message>
        <message>
            <source>Power failures in 24 h that make it a DISPATCH</source>
            <translation>Quedas de energia em 24 h que levam a ENVIAR TÉCNICO</translation>
        </message>
        <message>
            <source>SNR warning level</source>
            <translation>SNR: nível de aviso</translation>
        </message>
        <message>
            <source>SNR below this: weak radio link (warning)</source>
            <translation>SNR abaixo disto: enlace de rádio fraco (aviso)</translation>
        </message>
        <message>
            <source>SNR critical level</source>
            <translation>SNR: nível crítico</translation>
        </message>
        <message>
            <source>SNR below this: misaligned or obstructed (DISPATCH)</source>
            <translation>SNR abaixo disto: antena desalinhada ou obstruída (ENVIAR TÉCNICO)</translation>
        </message>
        <message>
            <source>RSSI warning level</source>
            <translation>RSSI: nível de aviso</translation>
        </message>
        <message>
            <source>RSSI weaker than this: low signal (warning)</source>
            <translation>RSSI mais fraco que isto: sinal baixo (aviso)</translation>
        </message>
        <message>
            <source>RSSI critical level</source>
            <translation>RSSI: nível crítico</translation>
        </message>
        <message>
            <source>RSSI weaker than this: low signal (DISPATCH)</source>
            <translation>RSSI mais fraco que isto: sinal baixo (ENVIAR TÉCNICO)</translation>
        </message>
        <message>
            <source>Session starts for flapping</source>
            <translation>Inícios de sessão para instabilidade</translation>
        </message>
        <message>
            <source>PPPoE session starts in an hour that make it flapping</source>
            <translation>Inícios de sessão PPPoE em uma hora que caracterizam instabilidade (flapping)</translation>
        </message>
        <message>
            <source>Saturation level</source>
            <translation>Nível de saturação</translation>
        </message>
        <message>
            <source>Live traffic at or above this share of the plan is saturated</source>
            <translation>Tráfego ao vivo igual ou acima desta fração do plano é considerado saturado</translation>
        </message>
        <message>
            <source>Saturation duration</source>
            <translation>Duração da saturação</translation>
        </message>
        <message>
            <source>How long traffic must stay saturated (the live chart)</source>
            <translation>Por quanto tempo o tráfego precisa ficar saturado (gráfico ao vivo)</translation>
        </message>
        <message>
            <source>PON outage: ONUs down</source>
            <translation>Queda de PON: ONUs fora do ar</translation>
        </message>
        <message>
            <source>A PON port outage needs at least this many ONUs down together</source>
            <translation>Uma queda de porta PON exige pelo menos esta quantidade de ONUs fora do ar juntas</translation>
        </message>
        <message>
            <source>PON outage: share of the port</source>
            <translation>Queda de PON: fração da porta</translation>
        </message>
        <message>
            <source>... and at least this share of the port's ONUs (0-1)</source>
            <translation>... e pelo menos esta fração das ONUs da porta (0-1)</translation>
        </message>
        <message>
            <source>PON outage: window</source>
            <translation>Queda de PON: janela</translation>
        </message>
        <message>
            <source>... down within this many minutes of each other</source>
            <translation>... caídas com no máximo esta quantidade de minutos de diferença entre si</translation>
        </message>
        <message>
            <source>AP outage: subscriber modules down</source>
            <translation>Queda de AP: módulos de assinante fora do ar</translation>
        </message>
        <message>
            <source>An access point outage needs at least this many SMs down together</source>
            <translation>Uma queda de ponto de acesso exige pelo menos esta quantidade de SMs fora do ar juntos</translation>
        </message>
        <message>
            <source>AP outage: share of the AP</source>
            <translation>Queda de AP: fração do AP</translation>
        </message>
        <message>
            <source>... and at least this share of the access point's SMs (0-1)</source>
            <translation>... e pelo menos esta fração dos SMs do ponto de acesso (0-1)</translation>
        </message>
        <message>
            <source>AP outage: window</source>
            <translation>Queda de AP: janela</translation>
        </message>
        <message>
            <source>Router outage: sessions</source>
            <translation>Queda de roteador: sessões</translation>
        </message>
        <message>
            <source>A router outage needs at least this many sessions dropped together</source>
            <translation>Uma queda de roteador exige pelo menos esta quantidade de sessões derrubadas juntas</translation>
        </message>
        <message>
            <source>Router outage: share</source>
            <translation>Queda de roteador: fração</translation>
        </message>
        <message>
            <source>... and at least this share of the router's sessions (0-1)</source>
            <translation>... e pelo menos esta fração das sessões do roteador (0-1)</translation>
        </message>
        <message>
            <source>Router outage: window</source>
            <translation>Queda de roteador: janela</translation>
        </message>
        <message>
            <source>... dropped within this many minutes of each other</source>
            <translation>... derrubadas com no máximo esta quantidade de minutos de diferença entre si</translation>
        </message>
        <message>
            <source>Live source timeout</source>
            <translation>Tempo limite das fontes ao vivo</translation>
        </message>
        <message>
            <source>How long each live source may take to answer</source>
            <translation>Quanto tempo cada fonte ao vivo pode levar para responder</translation>
        </message>
        <message>
            <source>the ONU Rx critical level (%1) must not be above the warning level (%2)</source>
            <translation>o nível crítico do Rx da ONU (%1) não pode ficar acima do nível de aviso (%2)</translation>
        </message>
        <message>
            <source>the ONU Rx warning level (%1) must be below the overload level (%2)</source>
            <translation>o nível de aviso do Rx da ONU (%1) deve ficar abaixo do nível de sobrecarga (%2)</translation>
        </message>
        <message>
            <source>the SNR critical level (%1) must not be above the warning level (%2)</source>
            <translation>o nível crítico do SNR (%1) não pode ficar acima do nível de aviso (%2)</translation>
        </message>
        <message>
            <source>the RSSI critical level (%1) must not be above the warning level (%2)</source>
            <translation>o nível crítico do RSSI (%1) não pode ficar acima do nível de aviso (%2)</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>não é um número</translation>
        </message>
        <message>
            <source>%1 is not a whole number</source>
            <translation>%1 não é um número inteiro</translation>
        </message>
        <message>
            <source>%1 is out of range (%2 to %3)</source>
            <translation>%1 está fora do intervalo (%2 a %3)</translation>
        </message>
        <message>
            <source>unknown threshold '%1'</source>
            <translation>limite desconhecido '%1'</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 cannot be read; the thresholds are the defaults</source>
            <translation>não é possível ler %1; os limites são os padrões</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>"%1" não é um número</translation>
        </message>
        <message>
            <source>%1: %2; using the default, %3</source>
            <translation>%1: %2; usando o padrão, %3</translation>
        </message>
        <message>
            <source>The thresholds contradict each other: %1</source>
            <translation>Os limites se contradizem: %1</translation>
        </message>
        <message>
            <source>%1 cannot be written</source>
            <translation>não é possível gravar %1</translation>
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
            <translation>LADO DO CLIENTE</translation>
        </message>
        <message>
            <source>DISPATCH</source>
            <translation>ENVIAR TÉCNICO</translation>
        </message>
        <message>
            <source>MASS OUTAGE</source>
            <translation>QUEDA EM MASSA</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Beholder cannot start</source>
            <translation>O Beholder não pode iniciar</translation>
        </message>
        <message>
            <source>Support and diagnosis console for fibre and wireless ISPs.</source>
            <translation>Console de suporte e diagnóstico para provedores de fibra e rádio.</translation>
        </message>
        <message>
            <source>Keep profiles and settings in DIR (default: $%1 or the user's data folder).</source>
            <translation>Manter perfis e configurações em DIR (padrão: $%1 ou a pasta de dados do usuário).</translation>
        </message>
        <message>
            <source>Open the profile NAME (default: the last one used).</source>
            <translation>Abrir o perfil NAME (padrão: o último usado).</translation>
        </message>
        <message>
            <source>Open the demo profile and sync it from a simulated ISP that runs in this process on 127.0.0.1, as from a real ISP.</source>
            <translation>Abrir o perfil de demonstração e sincronizá-lo a partir de um provedor simulado que roda neste processo em 127.0.0.1, como de um provedor real.</translation>
        </message>
        <message>
            <source>Number of customers of the simulated ISP (default: 5000).</source>
            <translation>Número de clientes do provedor simulado (padrão: 5000).</translation>
        </message>
        <message>
            <source>unexpected argument “%1”; see --help</source>
            <translation>argumento inesperado “%1”; veja --help</translation>
        </message>
        <message>
            <source>--demo-customers needs a number from 1 to 1000000</source>
            <translation>--demo-customers precisa de um número de 1 a 1000000</translation>
        </message>
        <message>
            <source>--demo opens the “%1” profile; it cannot be combined with --profile %2</source>
            <translation>--demo abre o perfil “%1”; não pode ser combinado com --profile %2</translation>
        </message>
    </context>
</TS>
