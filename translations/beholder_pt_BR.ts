<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Access::AccessPolicy</name>
    <message>
        <source>Signed in as %1: a profile admin changes the sign-in of profile “%2” only.</source>
        <translation>Você entrou como %1: um administrador do perfil altera a exigência de entrada apenas do perfil “%2”.</translation>
    </message>
    <message>
        <source>Profile “%1” has no enabled account that can manage its users (a global admin or a profile admin of it): create one first, or nobody could sign in to administer it.</source>
        <translation>O perfil “%1” não tem nenhuma conta ativa que possa gerenciar os usuários dele (um administrador global ou um administrador deste perfil): crie uma primeiro, senão ninguém conseguiria entrar para administrá-lo.</translation>
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
    <name>Access::AccountStore</name>
    <message>
        <source>the accounts file could not be used (%1): %2</source>
        <translation>não foi possível usar o arquivo de contas (%1): %2</translation>
    </message>
    <message>
        <source>the accounts file has schema version %1, newer than this Beholder understands (%2)</source>
        <translation>o arquivo de contas tem a versão de esquema %1, mais nova do que este Beholder entende (%2)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>a user name is needed</source>
        <translation>é preciso um nome de usuário</translation>
    </message>
    <message>
        <source>the user name is longer than %1 characters</source>
        <translation>o nome de usuário tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>the user name “%1” has characters other than letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; and &apos;@&apos;</source>
        <translation>o nome de usuário “%1” tem caracteres que não são letras, dígitos, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; ou &apos;@&apos;</translation>
    </message>
    <message>
        <source>the password needs at least %1 characters</source>
        <translation>a senha precisa ter pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>Nobody is signed in: managing user accounts needs the profile admin role. Sign in first.</source>
        <translation>Ninguém entrou: gerenciar contas de usuário exige o papel de administrador do perfil. Entre primeiro.</translation>
    </message>
    <message>
        <source>Signed in as %1: managing user accounts needs the profile admin role.</source>
        <translation>Você entrou como %1: gerenciar contas de usuário exige o papel de administrador do perfil.</translation>
    </message>
    <message>
        <source>Signed in as %1: only a global admin manages global admin accounts.</source>
        <translation>Você entrou como %1: somente um administrador global gerencia contas de administrador global.</translation>
    </message>
    <message>
        <source>Signed in as %1: a profile admin manages the accounts of profile “%2” only.</source>
        <translation>Você entrou como %1: um administrador do perfil gerencia apenas as contas do perfil “%2”.</translation>
    </message>
    <message>
        <source>“%1” is the last enabled global admin: create or enable another one first</source>
        <translation>“%1” é o último administrador global ativo: crie ou ative outro primeiro</translation>
    </message>
    <message>
        <source>a global admin belongs to no profile: it acts on every profile</source>
        <translation>um administrador global não pertence a nenhum perfil: ele atua em todos os perfis</translation>
    </message>
    <message>
        <source>only a global admin can have no profile: name the account&apos;s profile</source>
        <translation>somente um administrador global pode ficar sem perfil: informe o perfil da conta</translation>
    </message>
    <message>
        <source>there is already a global account “%1”</source>
        <translation>já existe uma conta global “%1”</translation>
    </message>
    <message>
        <source>profile “%1” already has an account “%2”</source>
        <translation>o perfil “%1” já tem uma conta “%2”</translation>
    </message>
    <message>
        <source>there is no account “%1”</source>
        <translation>não existe a conta “%1”</translation>
    </message>
    <message>
        <source>a global account stays a global admin: create a profile account instead</source>
        <translation>uma conta global continua sendo administrador global: crie uma conta de perfil em vez disso</translation>
    </message>
    <message>
        <source>a profile account cannot become a global admin: create a global account</source>
        <translation>uma conta de perfil não pode se tornar administrador global: crie uma conta global</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nome de usuário ou senha incorretos</translation>
    </message>
    <message>
        <source>account disabled: ask an admin to enable it</source>
        <translation>conta desativada: peça a um administrador para ativá-la</translation>
    </message>
    <message>
        <source>no profile named</source>
        <translation>nenhum perfil informado</translation>
    </message>
    <message>
        <source>Signed in as %1: renaming or deleting profile “%2” needs its profile admin role.</source>
        <translation>Você entrou como %1: renomear ou excluir o perfil “%2” exige o papel de administrador desse perfil.</translation>
    </message>
</context>
<context>
    <name>Access::AuditCsv</name>
    <message>
        <source>the CSV could not be written: %1</source>
        <translation>não foi possível gravar o CSV: %1</translation>
    </message>
</context>
<context>
    <name>Access::AuditLog</name>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>negada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>o cache não está aberto</translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation>não foi possível ler o registro de auditoria: %1</translation>
    </message>
</context>
<context>
    <name>Access::Authorization</name>
    <message>
        <source>Nobody is signed in: %1 needs the %2 role. Sign in first.</source>
        <translation>Ninguém entrou: %1 exige o papel de %2. Entre primeiro.</translation>
    </message>
    <message>
        <source>Signed in as %1: %2 needs the %3 role.</source>
        <translation>Você entrou como %1: %2 exige o papel de %3.</translation>
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
        <translation>consultar clientes</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnosticar</translation>
    </message>
    <message>
        <source>diagnosing a line</source>
        <translation>diagnosticar uma linha</translation>
    </message>
    <message>
        <source>Watch live traffic</source>
        <translation>Acompanhar o tráfego ao vivo</translation>
    </message>
    <message>
        <source>watching live traffic</source>
        <translation>acompanhar o tráfego ao vivo</translation>
    </message>
    <message>
        <source>Run a sync</source>
        <translation>Executar uma sincronização</translation>
    </message>
    <message>
        <source>running a sync</source>
        <translation>executar uma sincronização</translation>
    </message>
    <message>
        <source>Reboot customer equipment</source>
        <translation>Reiniciar equipamentos do cliente</translation>
    </message>
    <message>
        <source>rebooting customer equipment</source>
        <translation>reiniciar equipamentos do cliente</translation>
    </message>
    <message>
        <source>Edit the triage thresholds</source>
        <translation>Editar os limites de triagem</translation>
    </message>
    <message>
        <source>editing the triage thresholds</source>
        <translation>editar os limites de triagem</translation>
    </message>
    <message>
        <source>Administer SNMP monitoring</source>
        <translation>Administrar o monitoramento SNMP</translation>
    </message>
    <message>
        <source>administering SNMP monitoring</source>
        <translation>administrar o monitoramento SNMP</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s settings</source>
        <translation>Editar as configurações do perfil</translation>
    </message>
    <message>
        <source>editing the profile&apos;s settings</source>
        <translation>editar as configurações do perfil</translation>
    </message>
    <message>
        <source>Manage user accounts</source>
        <translation>Gerenciar contas de usuário</translation>
    </message>
    <message>
        <source>managing user accounts</source>
        <translation>gerenciar contas de usuário</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Ver o registro de auditoria</translation>
    </message>
    <message>
        <source>viewing the audit log</source>
        <translation>ver o registro de auditoria</translation>
    </message>
    <message>
        <source>Rename or delete the profile</source>
        <translation>Renomear ou excluir o perfil</translation>
    </message>
    <message>
        <source>renaming or deleting the profile</source>
        <translation>renomear ou excluir o perfil</translation>
    </message>
    <message>
        <source>Create profiles</source>
        <translation>Criar perfis</translation>
    </message>
    <message>
        <source>creating a profile</source>
        <translation>criar um perfil</translation>
    </message>
</context>
<context>
    <name>Access::Principal</name>
    <message>
        <source>nobody (not signed in)</source>
        <translation>ninguém (nenhum usuário entrou)</translation>
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
        <translation>Tudo, em todos os perfis, inclusive as contas de outros administradores.</translation>
    </message>
    <message>
        <source>Profile admin</source>
        <translation>Administrador do perfil</translation>
    </message>
    <message>
        <source>profile admin</source>
        <translation>administrador do perfil</translation>
    </message>
    <message>
        <source>Everything within this profile: settings, thresholds, SNMP, accounts and the audit log.</source>
        <translation>Tudo dentro deste perfil: configurações, limites, SNMP, contas e o registro de auditoria.</translation>
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
        <translation>Consulta clientes, diagnostica, acompanha o tráfego ao vivo, sincroniza e reinicia equipamentos do cliente.</translation>
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
        <translation>Consulta clientes, diagnostica, acompanha o tráfego ao vivo e sincroniza.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Somente consulta</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>Looks up customers and diagnoses.</source>
        <translation>Consulta clientes e diagnostica.</translation>
    </message>
</context>
<context>
    <name>Beholder::AboutDialog</name>
    <message>
        <source>About Beholder</source>
        <translation>Sobre o Beholder</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Find any customer in milliseconds and see in one screen what is wrong with their fibre or wireless service.</source>
        <translation>Encontre qualquer cliente em milissegundos e veja em uma só tela o que há de errado com o serviço de fibra ou rádio dele.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2), platform “%3”</source>
        <translation>%1 (compilado com %2), plataforma “%3”</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Compilação:</translation>
    </message>
    <message>
        <source>Profiles, caches, settings and logs are kept here; secrets are not.</source>
        <translation>Perfis, caches, configurações e logs ficam aqui; os segredos, não.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2). &lt;a href=&quot;%3&quot;&gt;Source code and issues&lt;/a&gt;.</source>
        <translation>Software livre sob a &lt;a href=&quot;%1&quot;&gt;Licença Pública Geral GNU&lt;/a&gt;, versão 3 ou posterior (%2). &lt;a href=&quot;%3&quot;&gt;Código-fonte e relatos de problemas&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>windows, networking, the SQL cache, charts</source>
        <translation>janelas, rede, o cache SQL, gráficos</translation>
    </message>
    <message>
        <source>secrets in the system keychain</source>
        <translation>segredos no chaveiro do sistema</translation>
    </message>
    <message>
        <source>SNMP polling of OLTs</source>
        <translation>coleta SNMP das OLTs</translation>
    </message>
    <message>
        <source>the local cache and its search index</source>
        <translation>o cache local e o índice de busca dele</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domínio público</translation>
    </message>
    <message>
        <source>TLS for HTTPS and the RouterOS API</source>
        <translation>TLS para HTTPS e a API do RouterOS</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Componentes de terceiros</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Copiar informações da versão</translation>
    </message>
    <message>
        <source>Copy the version, Qt, build, system and data folder, to paste in a bug report</source>
        <translation>Copiar a versão, o Qt, a compilação, o sistema e a pasta de dados, para colar em um relatório de bug</translation>
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
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Optional: the person&apos;s full name</source>
        <translation>Opcional: o nome completo da pessoa</translation>
    </message>
    <message>
        <source>%1 (every profile)</source>
        <translation>%1 (todos os perfis)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nome de exibição:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Type the user name people sign in with.</source>
        <translation>Digite o nome de usuário com que a pessoa vai entrar.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
</context>
<context>
    <name>Beholder::AccountsModel</name>
    <message>
        <source>Every profile</source>
        <translation>Todos os perfis</translation>
    </message>
    <message>
        <source>This profile</source>
        <translation>Este perfil</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativada</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
    </message>
</context>
<context>
    <name>Beholder::AccountsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Alterar &amp;papel…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Redefinir se&amp;nha…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Read-only: %1 Ask a profile admin to change accounts.</source>
        <translation>Somente leitura: %1 Peça a um administrador do perfil para alterar as contas.</translation>
    </message>
    <message>
        <source>nobody is signed in.</source>
        <translation>ninguém entrou.</translation>
    </message>
    <message>
        <source>you are signed in as %1, and managing accounts needs the profile admin role.</source>
        <translation>você entrou como %1, e gerenciar contas exige o papel de administrador do perfil.</translation>
    </message>
    <message>
        <source>Require &amp;sign-in on this profile</source>
        <translation>E&amp;xigir entrada com usuário e senha neste perfil</translation>
    </message>
    <message>
        <source>Without it, whoever runs Beholder on this computer acts as this profile&apos;s admin. Turning it on needs an enabled profile admin or global admin account.</source>
        <translation>Sem isso, quem executa o Beholder neste computador atua como administrador deste perfil. Para ativar, é preciso uma conta ativa de administrador do perfil ou de administrador global.</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar contas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Não foi possível ler as contas: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Não alterado: %1</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>Conta “%1” criada.</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1” agora tem o papel de %2.</translation>
    </message>
    <message>
        <source>The password of “%1” was reset.</source>
        <translation>A senha de “%1” foi redefinida.</translation>
    </message>
    <message>
        <source>“%1” is disabled: it can no longer sign in.</source>
        <translation>A conta “%1” foi desativada: ela não pode mais entrar.</translation>
    </message>
    <message>
        <source>“%1” is enabled again.</source>
        <translation>A conta “%1” foi reativada.</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>Conta “%1” removida.</translation>
    </message>
    <message>
        <source>Profile “%1” now requires signing in. It takes effect the next time it opens.</source>
        <translation>O perfil “%1” agora exige entrada com usuário e senha. Isso vale a partir da próxima vez que ele for aberto.</translation>
    </message>
    <message>
        <source>Profile “%1” no longer requires signing in.</source>
        <translation>O perfil “%1” não exige mais entrada com usuário e senha.</translation>
    </message>
    <message>
        <source>A global account stays a global admin; create a profile account instead.</source>
        <translation>Uma conta global continua sendo administrador global; crie uma conta de perfil em vez disso.</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;tivar</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Alterar papel</translation>
    </message>
    <message>
        <source>Role of “%1” on this profile:</source>
        <translation>Papel de “%1” neste perfil:</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove the account “%1”? It can no longer sign in; the audit log keeps what it did.</source>
        <translation>Remover a conta “%1”? Ela não poderá mais entrar; o registro de auditoria mantém o que ela fez.</translation>
    </message>
    <message>
        <source>The people who sign in to profile “%1”, and the global admins, who sign in to every profile. A role decides what each may do; Beholder checks it on every action.</source>
        <translation>As pessoas que entram no perfil “%1” e os administradores globais, que entram em todos os perfis. O papel decide o que cada um pode fazer; o Beholder verifica isso em cada ação.</translation>
    </message>
</context>
<context>
    <name>Beholder::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>Beholder::AuditLogWindow</name>
    <message>
        <source>Audit Log — %1</source>
        <translation>Registro de auditoria — %1</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the log again, with the rows written since</source>
        <translation>Ler o registro novamente, com as linhas gravadas desde então</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the rows the filters select to a CSV file for a spreadsheet</source>
        <translation>Gravar as linhas selecionadas pelos filtros em um arquivo CSV para uma planilha</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Search user, target and details</source>
        <translation>Buscar em usuário, alvo e detalhes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;té:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Entradas malsucedidas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Sign-in requirement</source>
        <translation>Exigência de entrada</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Configurações do perfil</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>SNMP administration</source>
        <translation>Administração SNMP</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Sincronizações</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Não foi possível ler o registro de auditoria: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>Exibindo %1 de %n registro</numerusform>
            <numerusform>Exibindo %1 de %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exportar registro de auditoria</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n registro exportado para %1.</numerusform>
            <numerusform>%n registros exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Não exportado: %1</translation>
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
    <name>Beholder::ConnectionProbe</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>all steps passed in %1 ms</source>
        <translation>todas as etapas passaram em %1 ms</translation>
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
        <translation>autenticação</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>not tried: %1 failed</source>
        <translation>não tentada: %1 falhou</translation>
    </message>
    <message>
        <source>the name server did not answer for %1 within %2 s</source>
        <translation>o servidor de nomes não respondeu sobre %1 em %2 s</translation>
    </message>
    <message>
        <source>no answer from %1:%2 within %3 s (a firewall may be dropping the packets)</source>
        <translation>sem resposta de %1:%2 em %3 s (um firewall pode estar descartando os pacotes)</translation>
    </message>
    <message>
        <source>TLS: the handshake with %1:%2 did not complete within %3 s (does this port speak TLS?)</source>
        <translation>TLS: o handshake com %1:%2 não terminou em %3 s (esta porta fala TLS?)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sem resposta em %1 s</translation>
    </message>
    <message>
        <source>%1 is an IP address: nothing to resolve</source>
        <translation>%1 é um endereço IP: nada a resolver</translation>
    </message>
    <message>
        <source>the host %1 was not found (DNS)</source>
        <translation>o host %1 não foi encontrado (DNS)</translation>
    </message>
    <message>
        <source>the host %1 could not be looked up (DNS): %2</source>
        <translation>não foi possível resolver o host %1 (DNS): %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 resolve para %2</translation>
    </message>
    <message>
        <source>connected to %1 port %2</source>
        <translation>conectado a %1, porta %2</translation>
    </message>
    <message>
        <source>the plain API (not API-SSL): nothing is encrypted, the password travels in clear</source>
        <translation>a API sem criptografia (não a API-SSL): nada é criptografado, a senha trafega em texto puro</translation>
    </message>
    <message>
        <source>plain HTTP: nothing is encrypted</source>
        <translation>HTTP sem criptografia: nada é criptografado</translation>
    </message>
    <message>
        <source>the certificate does not verify but is pinned by the TLS exception added %1 (SHA-256 %2, %3, valid until %4)</source>
        <translation>o certificado não passa na verificação, mas está fixado pela exceção TLS adicionada em %1 (SHA-256 %2, %3, válido até %4)</translation>
    </message>
    <message>
        <source>certificate verified: %1, issued by %2, valid until %3</source>
        <translation>certificado verificado: %1, emitido por %2, válido até %3</translation>
    </message>
    <message>
        <source>%1 refused the connection (nothing listens on that port, or a firewall rejects it)</source>
        <translation>%1 recusou a conexão (nada escuta nessa porta, ou um firewall a rejeita)</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 está inacessível: %2</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>não foi possível conectar a %1: %2</translation>
    </message>
    <message>
        <source>TLS: the handshake with %1 failed: %2</source>
        <translation>TLS: o handshake com %1 falhou: %2</translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>autenticado como %1</translation>
    </message>
    <message numerus="yes">
        <source>customers_list answered (%n customer(s) on a first page of 1)</source>
        <translation>
            <numerusform>customers_list respondeu (%n cliente em uma primeira página de 1)</numerusform>
            <numerusform>customers_list respondeu (%n clientes em uma primeira página de 1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the API token (X-Token) was accepted</source>
        <translation>o token da API (X-Token) foi aceito</translation>
    </message>
    <message numerus="yes">
        <source>system/get_olts answered (%n OLT(s))</source>
        <translation>
            <numerusform>system/get_olts respondeu (%n OLT)</numerusform>
            <numerusform>system/get_olts respondeu (%n OLTs)</numerusform>
        </translation>
    </message>
    <message>
        <source>an OAuth2 token was issued to client %1</source>
        <translation>um token OAuth2 foi emitido para o cliente %1</translation>
    </message>
    <message numerus="yes">
        <source>alarms answered (%n alarm(s) on a first page of 1)</source>
        <translation>
            <numerusform>alarms respondeu (%n alarme em uma primeira página de 1)</numerusform>
            <numerusform>alarms respondeu (%n alarmes em uma primeira página de 1)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a source with an address of its own</source>
        <translation>não é uma fonte com endereço próprio</translation>
    </message>
    <message>
        <source>/system/resource/print answered: RouterOS %1 on %2</source>
        <translation>/system/resource/print respondeu: RouterOS %1 em %2</translation>
    </message>
    <message>
        <source>the routers are tested one by one, each at its own address</source>
        <translation>os roteadores são testados um a um, cada um no próprio endereço</translation>
    </message>
    <message>
        <source>the address is missing or invalid</source>
        <translation>o endereço está faltando ou é inválido</translation>
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
        <translation>aguardando</translation>
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
        <translation>falhou</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>não tentada</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Host</source>
        <translation>Confiar neste certificado para este host</translation>
    </message>
    <message>
        <source>Accepts exactly this certificate (by its SHA-256 fingerprint) for this host and port. If the server later shows another certificate, it is refused again.</source>
        <translation>Aceita exatamente este certificado (pela impressão digital SHA-256) para este host e porta. Se depois o servidor apresentar outro certificado, ele voltará a ser recusado.</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Ainda não testado.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate presented by %1:%2&lt;/b&gt;&lt;br&gt;Subject: %3&lt;br&gt;Issuer: %4&lt;br&gt;Valid until: %5&lt;br&gt;SHA-256: &lt;tt&gt;%6&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Certificado apresentado por %1:%2&lt;/b&gt;&lt;br&gt;Titular: %3&lt;br&gt;Emissor: %4&lt;br&gt;Válido até: %5&lt;br&gt;SHA-256: &lt;tt&gt;%6&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;This host&apos;s certificate changed.&lt;/b&gt; The trusted one was &lt;tt&gt;%1&lt;/tt&gt;. Trust the new one only if you know why it changed.</source>
        <translation>&lt;br&gt;&lt;b&gt;O certificado deste host mudou.&lt;/b&gt; O confiável era &lt;tt&gt;%1&lt;/tt&gt;. Confie no novo somente se souber por que ele mudou.</translation>
    </message>
</context>
<context>
    <name>Beholder::CredentialStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid secret name: use 1 to %2 characters among letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; and &apos;-&apos;</source>
        <translation>&quot;%1&quot; não é um nome de segredo válido: use de 1 a %2 caracteres entre letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; e &apos;-&apos;</translation>
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
        <source>No secret &quot;%1&quot; is stored for profile %2.</source>
        <translation>Nenhum segredo &quot;%1&quot; está armazenado para o perfil %2.</translation>
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
        <source>No CRM connection or PPP secret points to this ONU. If the customer&apos;s own router dials PPPoE (a bridged ONU), search for the customer&apos;s name or address to find their connection.</source>
        <translation>Nenhuma conexão do CRM nem secret PPP aponta para esta ONU. Se o próprio roteador do cliente disca o PPPoE (ONU em bridge), busque pelo nome ou endereço do cliente para encontrar a conexão dele.</translation>
    </message>
    <message>
        <source>No CRM connection or PPP secret points to this antenna. Search for the customer&apos;s name or address to find their connection.</source>
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
        <source>No antenna in the cache matches this connection&apos;s MAC or PPPoE user.</source>
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
        <source>The MAC address of the customer&apos;s router, as the PPPoE server sees it</source>
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
    <name>Beholder::DeleteProfileDialog</name>
    <message>
        <source>Delete Profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Delete profile “%1”? Its cache, settings and logs, the secrets it keeps in the keychain and its accounts go for good. This cannot be undone.</source>
        <translation>Excluir o perfil “%1”? O cache, as configurações e os logs dele, os segredos que ele guarda no chaveiro do sistema e as contas dele serão apagados para sempre. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Type the profile&apos;s name to confirm:</source>
        <translation>Digite o nome do perfil para confirmar:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
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
        <source>Starting the demo&apos;s OLTs over SNMP…</source>
        <translation>Iniciando as OLTs da demonstração via SNMP…</translation>
    </message>
    <message>
        <source>the simulated ISP&apos;s sources could not be saved: %1</source>
        <translation>não foi possível salvar as fontes do provedor simulado: %1</translation>
    </message>
    <message>
        <source>Storing the demo&apos;s credentials in the OS keychain…</source>
        <translation>Guardando as credenciais da demonstração no chaveiro do sistema…</translation>
    </message>
    <message>
        <source>No OS keychain: the demo&apos;s throw-away credentials are kept in memory for this session.</source>
        <translation>Sem chaveiro do sistema: as credenciais descartáveis da demonstração ficam na memória durante esta sessão.</translation>
    </message>
    <message>
        <source>The demo&apos;s throw-away credentials are kept in memory for this session. %1</source>
        <translation>As credenciais descartáveis da demonstração ficam na memória durante esta sessão. %1</translation>
    </message>
    <message>
        <source>the simulated ISP&apos;s certificate could not be trusted: %1</source>
        <translation>não foi possível confiar no certificado do provedor simulado: %1</translation>
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
        <source>No connection or router secret has the PPPoE user &quot;%1&quot; in the cache.</source>
        <translation>Nenhuma conexão ou secret de roteador tem o usuário PPPoE &quot;%1&quot; no cache.</translation>
    </message>
    <message>
        <source>not this line&apos;s equipment</source>
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
        <source>the ONU&apos;s history (full status) did not come in time</source>
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
        <source>Watch this PPPoE user&apos;s traffic second by second, from the router</source>
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
        <source>The profile&apos;s cache is not open, so the router that holds %1 cannot be found.</source>
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
        <source>Not linked in the CRM: found in the router&apos;s PPP secrets; plan speeds unknown</source>
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
        <source>The keychain has no password for %1 (key %2): set it in the profile&apos;s sources.</source>
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
    <message>
        <source>%1 (Tools &gt; Settings &gt; Routers)</source>
        <translation>%1 (Ferramentas &gt; Configurações &gt; Roteadores)</translation>
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
        <source>A profile keeps one ISP&apos;s cache, settings and logs apart from the others.
Name (letters, digits, &apos;-&apos; and &apos;_&apos;):</source>
        <translation>Um perfil mantém o cache, as configurações e os logs de um provedor separados dos outros.
Nome (letras, dígitos, &apos;-&apos; e &apos;_&apos;):</translation>
    </message>
    <message>
        <source>“%1” cannot be a profile name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>“%1” não pode ser nome de perfil: use de 1 a 64 letras, dígitos, &apos;-&apos; ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Run a simulated ISP with this many customers on this computer and sync the “%1” profile from it, as from a real ISP. It replaces that profile&apos;s data; no other profile is touched.</source>
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
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Gerenciar perfis…</translation>
    </message>
    <message>
        <source>Create, rename, delete and open ISP profiles</source>
        <translation>Criar, renomear, excluir e abrir perfis de provedor</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sair da &amp;conta</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>Registro de &amp;auditoria…</translation>
    </message>
    <message>
        <source>Every privileged action and every diagnosis on this profile (for administrators)</source>
        <translation>Todas as ações privilegiadas e todos os diagnósticos deste perfil (para administradores)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Sources, routers, TLS exceptions, nightly sync, users and language</source>
        <translation>Fontes, roteadores, exceções TLS, sincronização noturna, usuários e idioma</translation>
    </message>
    <message>
        <source>This profile has no sources yet: add them in Tools &gt; Settings, or import its description with beholder-cli profile import</source>
        <translation>Este perfil ainda não tem fontes: adicione-as em Ferramentas &gt; Configurações ou importe a descrição dele com beholder-cli profile import</translation>
    </message>
    <message>
        <source>Settings saved; the next sync and diagnosis use them.</source>
        <translation>Configurações salvas; a próxima sincronização e o próximo diagnóstico já as usam.</translation>
    </message>
    <message>
        <source>Sign In as Someone &amp;Else…</source>
        <translation>Entrar como &amp;outro usuário…</translation>
    </message>
    <message>
        <source>Profile “%1” requires signing in: File &gt; Sign In.</source>
        <translation>O perfil “%1” exige entrada com usuário e senha: Arquivo &gt; Entrar.</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nenhum usuário entrou</translation>
    </message>
    <message>
        <source>This profile does not require signing in: whoever uses this computer acts as its admin (Tools &gt; Settings &gt; Users and Sign-in).</source>
        <translation>Este perfil não exige entrada com usuário e senha: quem usa este computador atua como administrador dele (Ferramentas &gt; Configurações &gt; Usuários e entrada).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Você entrou como %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Você saiu da conta.</translation>
    </message>
    <message>
        <source>%1 — certificate %2</source>
        <translation>%1 — certificado %2</translation>
    </message>
    <message numerus="yes">
        <source>TLS exception: %1</source>
        <translation>
            <numerusform>Exceção TLS: %1</numerusform>
            <numerusform>Exceções TLS: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>These hosts are trusted although their certificates do not verify, each pinned to one certificate (Tools &gt; Settings &gt; TLS Exceptions):
%1</source>
        <translation>Estes hosts são confiáveis embora os certificados deles não passem na verificação, cada um fixado em um único certificado (Ferramentas &gt; Configurações &gt; Exceções TLS):
%1</translation>
    </message>
</context>
<context>
    <name>Beholder::PasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>Redefinir a senha de %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Redefinir</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
</context>
<context>
    <name>Beholder::ProfileNameDialog</name>
    <message>
        <source>New Profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>A profile is one ISP: its own cache, settings, logs and keychain entries.</source>
        <translation>Um perfil é um provedor, com cache, configurações, logs e itens no chaveiro do sistema próprios.</translation>
    </message>
    <message>
        <source>The profile&apos;s folder and its keychain entries move to the new name; its accounts follow.</source>
        <translation>A pasta do perfil e os itens dele no chaveiro do sistema passam para o novo nome; as contas dele acompanham.</translation>
    </message>
    <message>
        <source>Letters, digits, - and _</source>
        <translation>Letras, dígitos, - e _</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Novo nome:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
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
    <name>Beholder::ProfilesDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Each profile is one ISP, kept apart from the others: its own cache, settings, logs, keychain entries and accounts. The demo profile is always there.</source>
        <translation>Cada perfil é um provedor, mantido separado dos outros, com cache, configurações, logs, itens no chaveiro do sistema e contas próprios. O perfil de demonstração está sempre presente.</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Buscar perfis</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The profiles could not be listed: %1</source>
        <translation>Não foi possível listar os perfis: %1</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Aberto agora</translation>
    </message>
    <message>
        <source>Demo: always available</source>
        <translation>Demonstração: sempre disponível</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigida</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Não exigida</translation>
    </message>
    <message>
        <source>“%1” is the open profile: switch to another profile first.</source>
        <translation>“%1” é o perfil aberto: mude para outro perfil primeiro.</translation>
    </message>
    <message>
        <source>Signed in as %1: profile “%2” requires signing in, so only a global admin can rename or delete it.</source>
        <translation>Você entrou como %1: o perfil “%2” exige entrada com usuário e senha, então somente um administrador global pode renomeá-lo ou excluí-lo.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Profile “%1” was not created: %2</source>
        <translation>O perfil “%1” não foi criado: %2</translation>
    </message>
    <message>
        <source>Profile “%1” created. Open it to set up its sources.</source>
        <translation>Perfil “%1” criado. Abra-o para configurar as fontes dele.</translation>
    </message>
    <message>
        <source>its accounts still name “%1”: %2</source>
        <translation>as contas dele ainda indicam “%1”: %2</translation>
    </message>
    <message>
        <source>Profile “%1” renamed to “%2”.</source>
        <translation>Perfil “%1” renomeado para “%2”.</translation>
    </message>
    <message>
        <source>But: %1.</source>
        <translation>Porém: %1.</translation>
    </message>
    <message>
        <source>its accounts could not be removed: %1</source>
        <translation>não foi possível remover as contas dele: %1</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Perfil “%1” excluído.</translation>
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
    <name>Beholder::RoutersPage</name>
    <message>
        <source>MikroTik routers</source>
        <translation>Roteadores MikroTik</translation>
    </message>
    <message>
        <source>Each router that holds PPPoE secrets, reached over the RouterOS API (8728) or API-SSL (8729). Its node is the CRM node it serves.</source>
        <translation>Cada roteador que tem secrets PPPoE, acessado pela API do RouterOS (8728) ou pela API-SSL (8729). O nó dele é o nó do CRM que ele atende.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>&amp;Add Router</source>
        <translation>&amp;Adicionar roteador</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Node id:</source>
        <translation>Id do nó:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>API-SSL (TLS)</source>
        <translation>API-SSL (TLS)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to replace</source>
        <translation>guardada no chaveiro do sistema; digite para substituir</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout per command:</source>
        <translation>Tempo limite por comando:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>New router</source>
        <translation>Novo roteador</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
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
    <name>Beholder::SettingsDialog</name>
    <message>
        <source>Settings — %1</source>
        <translation>Configurações — %1</translation>
    </message>
    <message>
        <source>The profile&apos;s pages are read-only; the language can still be changed.</source>
        <translation>As páginas do perfil estão em modo somente leitura; o idioma ainda pode ser alterado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of this computer&apos;s console, for every profile. It applies the next time Beholder starts.</source>
        <translation>O idioma do console neste computador, para todos os perfis. Vale a partir da próxima vez que o Beholder iniciar.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>Nightly sync</source>
        <translation>Sincronização noturna</translation>
    </message>
    <message>
        <source>While the console runs, this profile syncs every source once a night; a missed night is caught up at the next start.</source>
        <translation>Enquanto o console estiver em execução, este perfil sincroniza todas as fontes uma vez por noite; uma noite perdida é recuperada na próxima inicialização.</translation>
    </message>
    <message>
        <source>Sync every night at</source>
        <translation>Sincronizar todas as noites às</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Routers</source>
        <translation>Roteadores</translation>
    </message>
    <message>
        <source>TLS Exceptions</source>
        <translation>Exceções TLS</translation>
    </message>
    <message>
        <source>Triage thresholds</source>
        <translation>Limites de triagem</translation>
    </message>
    <message>
        <source>The numbers behind the verdicts: optical power limits, how many ONUs down make a mass outage, how many session starts make a line flap. Each ISP tunes them for its network.</source>
        <translation>Os números por trás dos vereditos: limites de potência óptica, quantas ONUs fora do ar caracterizam uma queda em massa, quantos inícios de sessão caracterizam uma linha instável. Cada provedor os ajusta para a própria rede.</translation>
    </message>
    <message>
        <source>&amp;Edit Triage Thresholds…</source>
        <translation>&amp;Editar limites de triagem…</translation>
    </message>
    <message>
        <source>Triage Thresholds</source>
        <translation>Limites de triagem</translation>
    </message>
    <message>
        <source>Users and Sign-in</source>
        <translation>Usuários e entrada</translation>
    </message>
    <message>
        <source>The profile&apos;s settings.ini has problems; saving replaces them: %1</source>
        <translation>O settings.ini do perfil tem problemas; ao salvar, eles são substituídos: %1</translation>
    </message>
    <message>
        <source>router %1</source>
        <translation>roteador %1</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fontes</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nada foi salvo: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n secret(s) in the system keychain…</source>
        <translation>
            <numerusform>Salvando %n segredo no chaveiro do sistema…</numerusform>
            <numerusform>Salvando %n segredos no chaveiro do sistema…</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings are saved, but these secrets are not: %1</source>
        <translation>As configurações foram salvas, mas estes segredos não: %1</translation>
    </message>
    <message>
        <source>Reading the stored secrets…</source>
        <translation>Lendo os segredos armazenados…</translation>
    </message>
    <message>
        <source>Reading the stored password…</source>
        <translation>Lendo a senha armazenada…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>%1 is trusted with certificate %2 once you save. Test again to check the rest.</source>
        <translation>%1 passará a ser confiável com o certificado %2 quando você salvar. Teste novamente para verificar o restante.</translation>
    </message>
</context>
<context>
    <name>Beholder::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Entrar em %1</translation>
    </message>
    <message>
        <source>Sign in to profile “%1”</source>
        <translation>Entrar no perfil “%1”</translation>
    </message>
    <message>
        <source>This profile requires signing in. What you may do depends on your account&apos;s role; every sign-in is written to the profile&apos;s audit log.</source>
        <translation>Este perfil exige entrada com usuário e senha. O que você pode fazer depende do papel da sua conta; cada entrada é gravada no registro de auditoria do perfil.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Verificando a senha…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Não foi possível entrar: %1</translation>
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
    <name>Beholder::SourcePage</name>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Chave da API:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Token da API:</translation>
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
        <translation>Roteadores MikroTik</translation>
    </message>
    <message>
        <source>Sync and diagnose with this source</source>
        <translation>Sincronizar e diagnosticar com esta fonte</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>The company id ISPCube expects in the client-id header.</source>
        <translation>O id da empresa que o ISPCube espera no cabeçalho client-id.</translation>
    </message>
    <message>
        <source>Company (client-id):</source>
        <translation>Empresa (client-id):</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to replace</source>
        <translation>guardado no chaveiro do sistema; digite para substituir</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one request may take, until its reply is complete.</source>
        <translation>Quanto tempo uma requisição pode levar, até a resposta estar completa.</translation>
    </message>
    <message>
        <source>Timeout per request:</source>
        <translation>Tempo limite por requisição:</translation>
    </message>
    <message>
        <source>the source&apos;s default</source>
        <translation>o padrão da fonte</translation>
    </message>
    <message>
        <source>The account&apos;s API budget, shared by syncs and diagnoses.</source>
        <translation>A cota de API da conta, compartilhada entre sincronizações e diagnósticos.</translation>
    </message>
    <message>
        <source>Calls per hour:</source>
        <translation>Chamadas por hora:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Checks name resolution, TCP, TLS, sign-in and one API call, in that order.</source>
        <translation>Verifica a resolução de nomes, TCP, TLS, a autenticação e uma chamada de API, nessa ordem.</translation>
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
    <name>Beholder::TlsExceptionsPage</name>
    <message>
        <source>TLS exceptions</source>
        <translation>Exceções TLS</translation>
    </message>
    <message>
        <source>Certificates are verified for every source and router. A host listed here is accepted although its certificate does not verify (a self-signed on-premises cnMaestro, a router&apos;s own certificate), but only with exactly the certificate shown: any other is refused. Add one with “Test Connection” on the source&apos;s page.</source>
        <translation>Os certificados são verificados para todas as fontes e roteadores. Um host listado aqui é aceito mesmo que o certificado dele não passe na verificação (um cnMaestro local com certificado autoassinado, o certificado próprio de um roteador), mas somente com exatamente o certificado exibido: qualquer outro é recusado. Adicione um com “Testar conexão” na página da fonte.</translation>
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
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Remove Exception</source>
        <translation>&amp;Remover exceção</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
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
    <name>LiveTarget</name>
    <message>
        <source>No PPPoE user was given.</source>
        <translation>Nenhum usuário PPPoE foi informado.</translation>
    </message>
    <message>
        <source>The profile&apos;s cache is not open.</source>
        <translation>O cache do perfil não está aberto.</translation>
    </message>
    <message>
        <source>Cannot read the cache (%1): %2</source>
        <translation>Não foi possível ler o cache (%1): %2</translation>
    </message>
    <message>
        <source>the PPP secrets</source>
        <translation>os secrets PPP</translation>
    </message>
    <message>
        <source>the CRM connections</source>
        <translation>as conexões do CRM</translation>
    </message>
    <message>
        <source>The cache has no PPP secrets from any router yet: sync the routers first.</source>
        <translation>O cache ainda não tem secrets PPP de nenhum roteador: sincronize os roteadores primeiro.</translation>
    </message>
    <message>
        <source>“%1” is in the CRM but in no router&apos;s PPP secrets (as of the last sync), so no router can be asked.</source>
        <translation>“%1” está no CRM, mas nos secrets PPP de nenhum roteador (segundo a última sincronização), então não há roteador a consultar.</translation>
    </message>
    <message>
        <source>“%1” is in no router&apos;s PPP secrets (as of the last sync).</source>
        <translation>“%1” não está nos secrets PPP de nenhum roteador (segundo a última sincronização).</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>nó %1</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1 (nó %2)</translation>
    </message>
    <message>
        <source>“%1” is on router %2, which is not among this profile&apos;s routers: add it (host, API user and password) to the profile&apos;s routers to see its live traffic.</source>
        <translation>“%1” está no roteador %2, que não está entre os roteadores deste perfil: adicione-o (host, usuário e senha da API) aos roteadores do perfil para ver o tráfego ao vivo.</translation>
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
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; não é um nome de perfil válido: use de 1 a 64 letras, dígitos, &apos;-&apos; ou &apos;_&apos;, começando com uma letra ou dígito</translation>
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
        <source>: required (&quot;%1&quot;); is this a Beholder profile description?</source>
        <translation>: obrigatório (&quot;%1&quot;); isto é uma descrição de perfil do Beholder?</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is newer than this Beholder reads (&quot;%2&quot;)</source>
        <translation>: &quot;%1&quot; é mais novo do que este Beholder lê (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>: must be &quot;%1&quot;; this is not a Beholder profile description</source>
        <translation>: deve ser &quot;%1&quot;; isto não é uma descrição de perfil do Beholder</translation>
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
        <source>&quot;%1&quot; is not one of ispcube, smartolt, cnmaestro, routeros</source>
        <translation>&quot;%1&quot; não é um de ispcube, smartolt, cnmaestro, routeros</translation>
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
    <name>ProfileLifecycle</name>
    <message>
        <source>The demo profile is always available: it cannot be renamed or deleted.</source>
        <translation>O perfil de demonstração está sempre disponível: não pode ser renomeado nem excluído.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Não existe o perfil “%1”.</translation>
    </message>
    <message>
        <source>A sync of “%1” is running; wait for it to end.</source>
        <translation>Uma sincronização de “%1” está em andamento; aguarde o término.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Já existe um perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>could not remove the copy of secret %1: %2</source>
        <translation>não foi possível remover a cópia do segredo %1: %2</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be read, so nothing was renamed: %1</source>
        <translation>Não foi possível ler os segredos do perfil, então nada foi renomeado: %1</translation>
    </message>
    <message>
        <source>No keychain is available: no secret was moved.</source>
        <translation>Nenhum chaveiro do sistema está disponível: nenhum segredo foi movido.</translation>
    </message>
    <message>
        <source>Secret %1 could not be moved, so nothing was renamed: %2</source>
        <translation>Não foi possível mover o segredo %1, então nada foi renomeado: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be renamed (is the profile open in another window or program?). Nothing was renamed.</source>
        <translation>Não foi possível renomear a pasta %1 (o perfil está aberto em outra janela ou programa?). Nada foi renomeado.</translation>
    </message>
    <message>
        <source>the old copy of secret %1 could not be removed: %2</source>
        <translation>não foi possível remover a cópia antiga do segredo %1: %2</translation>
    </message>
    <message>
        <source>No keychain is available: no secret was removed.</source>
        <translation>Nenhum chaveiro do sistema está disponível: nenhum segredo foi removido.</translation>
    </message>
    <message>
        <source>secret %1 could not be removed: %2</source>
        <translation>não foi possível remover o segredo %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be deleted completely (is the profile open in another window or program?).</source>
        <translation>Não foi possível excluir completamente a pasta %1 (o perfil está aberto em outra janela ou programa?).</translation>
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
        <source>the name &quot;%1&quot; is already taken</source>
        <translation>o nome &quot;%1&quot; já está em uso</translation>
    </message>
    <message>
        <source>the enterprise number %1 is already %2&apos;s</source>
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
        <source>&quot;%1&quot; is not an IP address or a host name</source>
        <translation>&quot;%1&quot; não é um endereço IP nem um nome de host</translation>
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
        <source>&quot;%1&quot; is not a vendor profile id: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>&quot;%1&quot; não é um id de perfil de fabricante: use letras, dígitos, &apos;.&apos;, &apos;-&apos; ou &apos;_&apos;</translation>
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
        <source>&quot;%1&quot; is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2</source>
        <translation>&quot;%1&quot; não é um OID: escreva números separados por pontos, como 1.3.6.1.2.1.1.2</translation>
    </message>
    <message>
        <source>the purpose is required (serial, rx_power, run_state...)</source>
        <translation>a finalidade é obrigatória (serial, rx_power, run_state...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose: use lower-case letters, digits and &apos;_&apos;, like rx_power</source>
        <translation>&quot;%1&quot; não é uma finalidade: use letras minúsculas, dígitos e &apos;_&apos;, como rx_power</translation>
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
        <source>: a router&apos;s group must be named by its node id (a positive number)</source>
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
        <source>required: the router&apos;s host name or IP address</source>
        <translation>obrigatório: o nome de host ou endereço IP do roteador</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address</source>
        <translation>&quot;%1&quot; não é um nome de host ou endereço IP válido</translation>
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
        <source>required: the API&apos;s base URL</source>
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
    <name>TlsException</name>
    <message>
        <source>%1 presented no certificate</source>
        <translation>%1 não apresentou nenhum certificado</translation>
    </message>
    <message>
        <source>the certificate of %1 changed since it was trusted: trusted SHA-256 %2, presented SHA-256 %3 (%4); refused until the new certificate is trusted</source>
        <translation>o certificado de %1 mudou desde que foi marcado como confiável: SHA-256 confiável %2, SHA-256 apresentado %3 (%4); recusado até que o novo certificado seja marcado como confiável</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2 (SHA-256 %3, %4)</source>
        <translation>o certificado de %1 não é confiável: %2 (SHA-256 %3, %4)</translation>
    </message>
    <message>
        <source>the certificate is self-signed</source>
        <translation>o certificado é autoassinado</translation>
    </message>
    <message>
        <source>the certificate chain ends in a self-signed certificate this computer does not trust</source>
        <translation>a cadeia de certificados termina em um certificado autoassinado no qual este computador não confia</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>o certificado expirou</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>o certificado expirou em %1</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>o certificado ainda não é válido</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1</source>
        <translation>o certificado só é válido a partir de %1</translation>
    </message>
    <message>
        <source>the certificate is not issued for %1</source>
        <translation>o certificado não foi emitido para %1</translation>
    </message>
    <message>
        <source>the certificate is issued for %1, not %2</source>
        <translation>o certificado foi emitido para %1, não para %2</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is not trusted by this computer</source>
        <translation>o emissor do certificado não é confiável para este computador</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer (%1) is not trusted by this computer</source>
        <translation>o emissor do certificado (%1) não é confiável para este computador</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>o certificado foi revogado</translation>
    </message>
    <message>
        <source>the certificate is not trusted for a server</source>
        <translation>o certificado não é confiável para um servidor</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature is invalid</source>
        <translation>a assinatura do certificado é inválida</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>não foi possível verificar o certificado</translation>
    </message>
    <message>
        <source>host: required: the host name or address the exception is for</source>
        <translation>host: obrigatório: o nome de host ou endereço a que a exceção se aplica</translation>
    </message>
    <message>
        <source>host: must be a host name or IP address, without scheme, port or path (no wildcards)</source>
        <translation>host: deve ser um nome de host ou endereço IP, sem esquema, porta ou caminho (sem curingas)</translation>
    </message>
    <message>
        <source>sha256: must be a SHA-256 fingerprint: 64 hex digits, e.g. AB:CD:…</source>
        <translation>sha256: deve ser uma impressão digital SHA-256: 64 dígitos hexadecimais, por exemplo AB:CD:…</translation>
    </message>
    <message>
        <source>%1: cannot be read as an INI file</source>
        <translation>%1: não pode ser lido como arquivo INI</translation>
    </message>
    <message>
        <source>port: must be 0 (any port) or 1-65535</source>
        <translation>port: deve ser 0 (qualquer porta) ou 1-65535</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time (2027-03-01T00:00:00Z); ignored</source>
        <translation>não é uma data e hora ISO 8601 (2027-03-01T00:00:00Z); ignorado</translation>
    </message>
    <message>
        <source>host: %1 has another exception for the same port; only the first applies</source>
        <translation>host: %1 tem outra exceção para a mesma porta; só a primeira vale</translation>
    </message>
    <message>
        <source>host: %1 has another exception for the same port</source>
        <translation>host: %1 tem outra exceção para a mesma porta</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: não foi possível gravar</translation>
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
        <source>a fact name cannot end with &apos;.&apos;</source>
        <translation>um nome de fato não pode terminar com &apos;.&apos;</translation>
    </message>
    <message>
        <source>use &apos;&amp;&amp;&apos; instead of &apos;and&apos;</source>
        <translation>use &apos;&amp;&amp;&apos; em vez de &apos;and&apos;</translation>
    </message>
    <message>
        <source>use &apos;||&apos; instead of &apos;or&apos;</source>
        <translation>use &apos;||&apos; em vez de &apos;or&apos;</translation>
    </message>
    <message>
        <source>use &apos;!&apos; instead of &apos;not&apos;</source>
        <translation>use &apos;!&apos; em vez de &apos;not&apos;</translation>
    </message>
    <message>
        <source>expected a threshold name after &apos;$&apos;</source>
        <translation>esperava-se um nome de limite após &apos;$&apos;</translation>
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
        <source>only \&apos; and \\ may follow a backslash in &apos;text&apos;</source>
        <translation>só \&apos; e \\ podem vir após uma barra invertida em &apos;texto&apos;</translation>
    </message>
    <message>
        <source>the text that starts here is not closed with &apos;</source>
        <translation>o texto que começa aqui não é fechado com &apos;</translation>
    </message>
    <message>
        <source>&apos;=&apos; alone is not an operator: compare with &apos;==&apos;</source>
        <translation>&apos;=&apos; sozinho não é um operador: compare com &apos;==&apos;</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; alone is not an operator: use &apos;&amp;&amp;&apos;</source>
        <translation>&apos;&amp;&apos; sozinho não é um operador: use &apos;&amp;&amp;&apos;</translation>
    </message>
    <message>
        <source>&apos;|&apos; alone is not an operator: use &apos;||&apos;</source>
        <translation>&apos;|&apos; sozinho não é um operador: use &apos;||&apos;</translation>
    </message>
    <message>
        <source>text goes in single quotes: &apos;like this&apos;</source>
        <translation>texto vai entre aspas simples: &apos;assim&apos;</translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation>caractere inesperado %1</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; sem um &apos;(&apos; correspondente</translation>
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
        <source>&apos;%1&apos; needs true or false on both sides, not %2</source>
        <translation>&apos;%1&apos; precisa de verdadeiro ou falso dos dois lados, não de %2</translation>
    </message>
    <message>
        <source>&apos;!&apos; needs true or false, not %1</source>
        <translation>&apos;!&apos; precisa de verdadeiro ou falso, não de %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers, not %2</source>
        <translation>&apos;%1&apos; compara números, não %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare %2 with %3</source>
        <translation>&apos;%1&apos; não pode comparar %2 com %3</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: join them with &apos;&amp;&amp;&apos;</source>
        <translation>comparações não podem ser encadeadas: junte-as com &apos;&amp;&amp;&apos;</translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos;</source>
        <translation>esperava-se &apos;[&apos; após &apos;in&apos;</translation>
    </message>
    <message>
        <source>the list after &apos;in&apos; is empty</source>
        <translation>a lista após &apos;in&apos; está vazia</translation>
    </message>
    <message>
        <source>expected a number after &apos;-&apos;</source>
        <translation>esperava-se um número após &apos;-&apos;</translation>
    </message>
    <message>
        <source>the &apos;[&apos; here is not closed with &apos;]&apos;</source>
        <translation>o &apos;[&apos; aqui não é fechado com &apos;]&apos;</translation>
    </message>
    <message>
        <source>a list holds numbers, &apos;text&apos;, true or false, not %1</source>
        <translation>uma lista contém números, &apos;texto&apos;, true ou false, não %1</translation>
    </message>
    <message>
        <source>the list mixes %1 and %2</source>
        <translation>a lista mistura %1 e %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation>esperava-se &apos;,&apos; ou &apos;]&apos; na lista, encontrado %1</translation>
    </message>
    <message>
        <source>&apos;in&apos; looks for %1 in a list of %2</source>
        <translation>&apos;in&apos; procura %1 em uma lista de %2</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation>&apos;-&apos; precisa de um número, não de %1</translation>
    </message>
    <message>
        <source>unknown threshold &apos;$%1&apos;</source>
        <translation>limite desconhecido &apos;$%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;known&apos;</source>
        <translation>esperava-se &apos;(&apos; após &apos;known&apos;</translation>
    </message>
    <message>
        <source>known() takes a fact name, not %1</source>
        <translation>known() recebe um nome de fato, não %1</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after the fact name in known()</source>
        <translation>esperava-se &apos;)&apos; após o nome do fato em known()</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>esperava-se &apos;)&apos; para fechar o &apos;(&apos; da coluna %1, encontrado %2</translation>
    </message>
    <message>
        <source>the condition ends where a value was expected</source>
        <translation>a condição termina onde se esperava um valor</translation>
    </message>
    <message>
        <source>expected a fact, a $threshold, a number, &apos;text&apos;, true or false, found %1</source>
        <translation>esperava-se um fato, um $limite, um número, &apos;texto&apos;, true ou false, encontrado %1</translation>
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
        <source>&apos;}&apos; without a matching &apos;{&apos; (write &apos;}}&apos; for a brace)</source>
        <translation>&apos;}&apos; sem um &apos;{&apos; correspondente (escreva &apos;}}&apos; para uma chave literal)</translation>
    </message>
    <message>
        <source>&apos;[[&apos; inside &apos;[[ ]]&apos;: optional parts do not nest</source>
        <translation>&apos;[[&apos; dentro de &apos;[[ ]]&apos;: partes opcionais não se aninham</translation>
    </message>
    <message>
        <source>&apos;]]&apos; without a matching &apos;[[&apos;</source>
        <translation>&apos;]]&apos; sem um &apos;[[&apos; correspondente</translation>
    </message>
    <message>
        <source>&apos;{&apos; is not closed with &apos;}&apos; (write &apos;{{&apos; for a brace)</source>
        <translation>&apos;{&apos; não é fechado com &apos;}&apos; (escreva &apos;{{&apos; para uma chave literal)</translation>
    </message>
    <message>
        <source>&apos;{}&apos; names no fact or threshold</source>
        <translation>&apos;{}&apos; não indica nenhum fato ou limite</translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; is not a fact or threshold name</source>
        <translation>&apos;{%1}&apos; não é nome de fato nem de limite</translation>
    </message>
    <message>
        <source>unknown threshold &apos;$%1&apos;</source>
        <translation>limite desconhecido &apos;$%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;:%1&apos; (use 0-6, time, duration, duration_s, age or pct)</source>
        <translation>formato desconhecido &apos;:%1&apos; (use 0-6, time, duration, duration_s, age ou pct)</translation>
    </message>
    <message>
        <source>&apos;:age&apos; is for facts, not thresholds</source>
        <translation>&apos;:age&apos; é para fatos, não para limites</translation>
    </message>
    <message>
        <source>&apos;:%1&apos; needs a number, and &apos;%2&apos; is %3</source>
        <translation>&apos;:%1&apos; precisa de um número, e &apos;%2&apos; é %3</translation>
    </message>
    <message>
        <source>&apos;[[&apos; is not closed with &apos;]]&apos;</source>
        <translation>&apos;[[&apos; não é fechado com &apos;]]&apos;</translation>
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
        <source>unknown field &apos;%1&apos;</source>
        <translation>campo desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; está faltando</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation>&apos;%1&apos; deve ser uma string não vazia</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; deve ser true ou false</translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos; (one of %2)</source>
        <translation>veredito desconhecido &apos;%1&apos; (use um de %2)</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; (one of %2)</source>
        <translation>severidade desconhecida &apos;%1&apos; (use uma de %2)</translation>
    </message>
    <message>
        <source>&apos;when&apos;: %1</source>
        <translation>&apos;when&apos;: %1</translation>
    </message>
    <message>
        <source>&apos;when&apos; reads unknown fact &apos;%1&apos;</source>
        <translation>&apos;when&apos; lê o fato desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;reason&apos;: %1</source>
        <translation>&apos;reason&apos;: %1</translation>
    </message>
    <message>
        <source>&apos;reason&apos; quotes unknown fact &apos;%1&apos;</source>
        <translation>&apos;reason&apos; cita o fato desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; must be lower-case words joined by dots, like &apos;fibre.los&apos;</source>
        <translation>o id &apos;%1&apos; deve ser formado por palavras em minúsculas unidas por pontos, como &apos;fibre.los&apos;</translation>
    </message>
    <message>
        <source>&apos;variants&apos; must be a list</source>
        <translation>&apos;variants&apos; deve ser uma lista</translation>
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
        <source>a rules file is a JSON object with &quot;format&quot; and &quot;rules&quot;</source>
        <translation>um arquivo de regras é um objeto JSON com &quot;format&quot; e &quot;rules&quot;</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;format&quot; deve ser &quot;%1&quot;, não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; at the top of the rules file</source>
        <translation>campo desconhecido &apos;%1&apos; no nível superior do arquivo de regras</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules</source>
        <translation>&quot;rules&quot; deve ser uma lista de regras</translation>
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
        <source>duplicate rule id &apos;%1&apos; (rules %2 and %3)</source>
        <translation>id de regra duplicado &apos;%1&apos; (regras %2 e %3)</translation>
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
    <name>Triage::Rules</name>
    <message>
        <source>PON port outage</source>
        <translation>Queda de porta PON</translation>
    </message>
    <message>
        <source>{outage.pon.clustered} of {outage.pon.total} ONUs on {outage.pon.label} down[[ since {outage.pon.since:time}]][[ ({outage.pon.los} LOS, {outage.pon.power} power)]]</source>
        <translation>{outage.pon.clustered} de {outage.pon.total} ONUs em {outage.pon.label} fora do ar[[ desde {outage.pon.since:time}]][[ ({outage.pon.los} por LOS, {outage.pon.power} por falta de energia)]]</translation>
    </message>
    <message>
        <source>Area power cut</source>
        <translation>Falta de energia na região</translation>
    </message>
    <message>
        <source>{outage.pon.clustered} of {outage.pon.total} ONUs on {outage.pon.label} down[[ since {outage.pon.since:time}]] ({outage.pon.los} LOS, {outage.pon.power} power): mostly power failures, likely an area power cut</source>
        <translation>{outage.pon.clustered} de {outage.pon.total} ONUs em {outage.pon.label} fora do ar[[ desde {outage.pon.since:time}]] ({outage.pon.los} por LOS, {outage.pon.power} por falta de energia): em sua maioria por falta de energia, provavelmente um corte de energia na região</translation>
    </message>
    <message>
        <source>Access point outage</source>
        <translation>Queda de ponto de acesso</translation>
    </message>
    <message>
        <source>{outage.ap.clustered} of {outage.ap.total} subscriber modules on {outage.ap.label} down[[ since {outage.ap.since:time}]]</source>
        <translation>{outage.ap.clustered} de {outage.ap.total} módulos de assinante em {outage.ap.label} fora do ar[[ desde {outage.ap.since:time}]]</translation>
    </message>
    <message>
        <source>The access point[[ {outage.ap.label}]] is down[[ ({outage.ap.down} of its {outage.ap.total} subscriber modules offline)]]</source>
        <translation>O ponto de acesso[[ {outage.ap.label}]] está fora do ar[[ ({outage.ap.down} de seus {outage.ap.total} módulos de assinante offline)]]</translation>
    </message>
    <message>
        <source>Router outage</source>
        <translation>Queda de roteador</translation>
    </message>
    <message>
        <source>{outage.router.clustered} of {outage.router.total} PPPoE sessions on {outage.router.label} dropped[[ since {outage.router.since:time}]]</source>
        <translation>{outage.router.clustered} de {outage.router.total} sessões PPPoE em {outage.router.label} caíram[[ desde {outage.router.since:time}]]</translation>
    </message>
    <message>
        <source>The router[[ {outage.router.label}]] does not answer[[ ({source.router.error})]]: likely an outage of the whole node</source>
        <translation>O roteador[[ {outage.router.label}]] não responde[[ ({source.router.error})]]: provavelmente uma queda do nó inteiro</translation>
    </message>
    <message>
        <source>ONU in LOS</source>
        <translation>ONU em LOS</translation>
    </message>
    <message>
        <source>ONU in LOS[[ for {onu.down_minutes:duration}]]: the fibre is cut or disconnected[[ (last down cause: {onu.down_cause})]]</source>
        <translation>ONU em LOS[[ há {onu.down_minutes:duration}]]: a fibra está rompida ou desconectada[[ (última causa de queda: {onu.down_cause})]]</translation>
    </message>
    <message>
        <source>Repeated power failures</source>
        <translation>Quedas de energia repetidas</translation>
    </message>
    <message>
        <source>{onu.power_fails_24h} power failures in 24 h ({$dying_gasp_repeat_24h} or more): the ONU&apos;s power supply or wiring needs a technician</source>
        <translation>{onu.power_fails_24h} quedas de energia em 24 h ({$dying_gasp_repeat_24h} ou mais): a fonte de alimentação ou a fiação da ONU precisa de um técnico</translation>
    </message>
    <message>
        <source>ONU without power</source>
        <translation>ONU sem energia</translation>
    </message>
    <message>
        <source>The ONU lost power (dying gasp)[[ {onu.down_minutes:duration} ago]]: ask the customer to check that it is plugged in and switched on</source>
        <translation>A ONU ficou sem energia (dying gasp)[[ há {onu.down_minutes:duration}]]: peça ao cliente para verificar se ela está conectada à tomada e ligada</translation>
    </message>
    <message>
        <source>Degraded fibre</source>
        <translation>Fibra degradada</translation>
    </message>
    <message>
        <source>ONU offline after signal errors[[ ({onu.down_cause})]][[ for {onu.down_minutes:duration}]]: dirty or bent fibre</source>
        <translation>ONU offline após erros de sinal[[ ({onu.down_cause})]][[ há {onu.down_minutes:duration}]]: fibra suja ou com dobra</translation>
    </message>
    <message>
        <source>ONU offline</source>
        <translation>ONU offline</translation>
    </message>
    <message>
        <source>ONU offline[[ for {onu.down_minutes:duration}]] and the OLT gives no down cause: check it on site</source>
        <translation>ONU offline[[ há {onu.down_minutes:duration}]] e a OLT não informa a causa da queda: verifique no local</translation>
    </message>
    <message>
        <source>ONU offline[[ for {onu.down_minutes:duration}]] after &apos;{onu.down_cause}&apos;, a down cause Beholder does not classify: check it on site</source>
        <translation>ONU offline[[ há {onu.down_minutes:duration}]] após &apos;{onu.down_cause}&apos;, uma causa de queda que o Beholder não classifica: verifique no local</translation>
    </message>
    <message>
        <source>ONU disabled at the OLT</source>
        <translation>ONU desativada na OLT</translation>
    </message>
    <message>
        <source>The ONU is disabled at the OLT: nothing reaches it until it is enabled again (find out why it was disabled)</source>
        <translation>A ONU está desativada na OLT: nada chega até ela enquanto não for reativada (descubra por que foi desativada)</translation>
    </message>
    <message>
        <source>Rx below the budget</source>
        <translation>Rx abaixo do orçamento óptico</translation>
    </message>
    <message>
        <source>ONU Rx {onu.rx_dbm:1} dBm is weaker than {$rx_critical_dbm} dBm: below the optical budget (dirty connector, bad splice or damaged drop)</source>
        <translation>O Rx da ONU, {onu.rx_dbm:1} dBm, está mais fraco que {$rx_critical_dbm} dBm: abaixo do orçamento óptico (conector sujo, emenda ruim ou cabo drop danificado)</translation>
    </message>
    <message>
        <source>Rx overload</source>
        <translation>Sobrecarga de Rx</translation>
    </message>
    <message>
        <source>ONU Rx {onu.rx_dbm:1} dBm is stronger than {$rx_overload_dbm} dBm: overload, the ONU needs an attenuator</source>
        <translation>O Rx da ONU, {onu.rx_dbm:1} dBm, está mais forte que {$rx_overload_dbm} dBm: sobrecarga, a ONU precisa de um atenuador</translation>
    </message>
    <message>
        <source>Weak upstream signal</source>
        <translation>Sinal de upstream fraco</translation>
    </message>
    <message>
        <source>OLT Rx {onu.olt_rx_dbm:1} dBm is weaker than {$olt_rx_warning_dbm} dBm: the ONU&apos;s transmitter or the OLT port</source>
        <translation>O Rx da OLT, {onu.olt_rx_dbm:1} dBm, está mais fraco que {$olt_rx_warning_dbm} dBm: o transmissor da ONU ou a porta da OLT</translation>
    </message>
    <message>
        <source>Weak signal both ways</source>
        <translation>Sinal fraco nos dois sentidos</translation>
    </message>
    <message>
        <source>Both directions are weak (ONU Rx {onu.rx_dbm:1} dBm, OLT Rx {onu.olt_rx_dbm:1} dBm): the drop or the fibre path</source>
        <translation>Os dois sentidos estão fracos (Rx da ONU {onu.rx_dbm:1} dBm, Rx da OLT {onu.olt_rx_dbm:1} dBm): o cabo drop ou o trajeto da fibra</translation>
    </message>
    <message>
        <source>Weak optical signal</source>
        <translation>Sinal óptico fraco</translation>
    </message>
    <message>
        <source>ONU Rx {onu.rx_dbm:1} dBm is weaker than {$rx_warning_dbm} dBm: weak signal, still within the budget</source>
        <translation>O Rx da ONU, {onu.rx_dbm:1} dBm, está mais fraco que {$rx_warning_dbm} dBm: sinal fraco, ainda dentro do orçamento óptico</translation>
    </message>
    <message>
        <source>Optical signal drifting</source>
        <translation>Sinal óptico em degradação</translation>
    </message>
    <message>
        <source>ONU Rx changed by {onu.rx_drift_db:1} dB in the last 7 days (now {onu.rx_dbm:1} dBm): a dirty connector or a bent fibre getting worse</source>
        <translation>O Rx da ONU variou {onu.rx_drift_db:1} dB nos últimos 7 dias (agora {onu.rx_dbm:1} dBm): um conector sujo ou uma fibra dobrada que está piorando</translation>
    </message>
    <message>
        <source>Antenna offline</source>
        <translation>Antena offline</translation>
    </message>
    <message>
        <source>The customer&apos;s antenna is offline[[ for {sm.down_minutes:duration}]] while its access point[[ {outage.ap.label}]] is up: ask the customer to check the antenna&apos;s power, cable and PoE</source>
        <translation>A antena do cliente está offline[[ há {sm.down_minutes:duration}]] enquanto o ponto de acesso[[ {outage.ap.label}]] dela está no ar: peça ao cliente para verificar a alimentação, o cabo e o PoE da antena</translation>
    </message>
    <message>
        <source>Very low SNR</source>
        <translation>SNR muito baixo</translation>
    </message>
    <message>
        <source>SNR {sm.snr_db:1} dB is below {$snr_critical_db} dB: the antenna is misaligned or obstructed</source>
        <translation>O SNR, {sm.snr_db:1} dB, está abaixo de {$snr_critical_db} dB: a antena está desalinhada ou obstruída</translation>
    </message>
    <message>
        <source>Very low RSSI</source>
        <translation>RSSI muito baixo</translation>
    </message>
    <message>
        <source>RSSI {sm.rssi_dbm:1} dBm is weaker than {$rssi_critical_dbm} dBm: the antenna needs aligning or a clear line of sight</source>
        <translation>O RSSI, {sm.rssi_dbm:1} dBm, está mais fraco que {$rssi_critical_dbm} dBm: a antena precisa de alinhamento ou de visada livre</translation>
    </message>
    <message>
        <source>Weak SNR</source>
        <translation>SNR fraco</translation>
    </message>
    <message>
        <source>SNR {sm.snr_db:1} dB is below {$snr_warning_db} dB: weak radio link, still working</source>
        <translation>O SNR, {sm.snr_db:1} dB, está abaixo de {$snr_warning_db} dB: enlace de rádio fraco, mas ainda funcionando</translation>
    </message>
    <message>
        <source>Weak RSSI</source>
        <translation>RSSI fraco</translation>
    </message>
    <message>
        <source>RSSI {sm.rssi_dbm:1} dBm is weaker than {$rssi_warning_dbm} dBm: low signal, still working</source>
        <translation>O RSSI, {sm.rssi_dbm:1} dBm, está mais fraco que {$rssi_warning_dbm} dBm: sinal baixo, mas ainda funcionando</translation>
    </message>
    <message>
        <source>Flapping with a weak signal</source>
        <translation>Instabilidade com sinal fraco</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour and the signal is weak: the link itself drops</source>
        <translation>{session.starts_1h} inícios de sessão na última hora e o sinal está fraco: o próprio enlace cai</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour with ONU Rx at {onu.rx_dbm:1} dBm: the optical link itself drops</source>
        <translation>{session.starts_1h} inícios de sessão na última hora com o Rx da ONU em {onu.rx_dbm:1} dBm: o próprio enlace óptico cai</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour with OLT Rx at {onu.olt_rx_dbm:1} dBm: the optical link itself drops</source>
        <translation>{session.starts_1h} inícios de sessão na última hora com o Rx da OLT em {onu.olt_rx_dbm:1} dBm: o próprio enlace óptico cai</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour with SNR at {sm.snr_db:1} dB: the radio link itself drops</source>
        <translation>{session.starts_1h} inícios de sessão na última hora com o SNR em {sm.snr_db:1} dB: o próprio enlace de rádio cai</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour with RSSI at {sm.rssi_dbm:1} dBm: the radio link itself drops</source>
        <translation>{session.starts_1h} inícios de sessão na última hora com o RSSI em {sm.rssi_dbm:1} dBm: o próprio enlace de rádio cai</translation>
    </message>
    <message>
        <source>No PPPoE session</source>
        <translation>Sem sessão PPPoE</translation>
    </message>
    <message>
        <source>The antenna is online but there is no PPPoE session[[ on {secret.router}]]: check the credentials, the router or the customer&apos;s router (CPE)</source>
        <translation>A antena está online, mas não há sessão PPPoE[[ em {secret.router}]]: verifique as credenciais, o roteador ou o roteador do cliente (CPE)</translation>
    </message>
    <message>
        <source>The ONU is online but there is no PPPoE session[[ on {secret.router}]]: check the credentials, the router or the customer&apos;s router (CPE)</source>
        <translation>A ONU está online, mas não há sessão PPPoE[[ em {secret.router}]]: verifique as credenciais, o roteador ou o roteador do cliente (CPE)</translation>
    </message>
    <message>
        <source>Session flapping</source>
        <translation>Sessão instável</translation>
    </message>
    <message>
        <source>{session.starts_1h} session starts in the last hour ({$flap_starts_1h} or more) with a good signal: check the customer&apos;s router (CPE), its power and its cabling</source>
        <translation>{session.starts_1h} inícios de sessão na última hora ({$flap_starts_1h} ou mais) com sinal bom: verifique o roteador do cliente (CPE), a alimentação e o cabeamento dele</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Conta suspensa</translation>
    </message>
    <message>
        <source>The account is suspended in the CRM[[ ({crm.status_raw})]]: the service is cut for billing, not by a fault</source>
        <translation>A conta está suspensa no CRM[[ ({crm.status_raw})]]: o serviço foi cortado por cobrança, não por falha</translation>
    </message>
    <message>
        <source>The account is suspended in the CRM[[ ({crm.status_raw})]] with a debt of $ {crm.debt_ars:0}: the service is cut for billing, not by a fault</source>
        <translation>A conta está suspensa no CRM[[ ({crm.status_raw})]] com débito de $ {crm.debt_ars:0}: o serviço foi cortado por cobrança, não por falha</translation>
    </message>
    <message>
        <source>Account cancelled</source>
        <translation>Conta cancelada</translation>
    </message>
    <message>
        <source>The account is cancelled in the CRM[[ ({crm.status_raw})]]: the service was ended, not broken</source>
        <translation>A conta está cancelada no CRM[[ ({crm.status_raw})]]: o serviço foi encerrado, não está com defeito</translation>
    </message>
    <message>
        <source>PPPoE secret disabled</source>
        <translation>Secret PPPoE desativado</translation>
    </message>
    <message>
        <source>The PPPoE secret is disabled on the router[[ {secret.router}]]: the line cannot connect until it is enabled</source>
        <translation>O secret PPPoE está desativado no roteador[[ {secret.router}]]: a linha não consegue se conectar até que ele seja ativado</translation>
    </message>
    <message>
        <source>Not linked to the CRM</source>
        <translation>Não vinculado ao CRM</translation>
    </message>
    <message>
        <source>PPPoE user[[ on {secret.router}]] but in no CRM connection: fix the CRM; the line is still diagnosed</source>
        <translation>Usuário PPPoE[[ em {secret.router}]], mas em nenhuma conexão do CRM: corrija o CRM; a linha é diagnosticada mesmo assim</translation>
    </message>
    <message>
        <source>CRM and network disagree</source>
        <translation>CRM e rede divergem</translation>
    </message>
    <message>
        <source>The CRM puts this line on {crm.node} but its secret is on {secret.router}: fix the CRM or move the secret</source>
        <translation>O CRM coloca esta linha em {crm.node}, mas o secret dela está em {secret.router}: corrija o CRM ou mova o secret</translation>
    </message>
    <message>
        <source>Line saturated</source>
        <translation>Linha saturada</translation>
    </message>
    <message>
        <source>The line is full, not broken: live traffic at {traffic.load_pct:0} % of the plan[[ ({traffic.down_mbps:1} Mbps down, {traffic.up_mbps:1} Mbps up)]]</source>
        <translation>A linha está cheia, não com defeito: tráfego ao vivo em {traffic.load_pct:0}% do plano[[ ({traffic.down_mbps:1} Mbps de download, {traffic.up_mbps:1} Mbps de upload)]]</translation>
    </message>
    <message>
        <source>Router did not answer</source>
        <translation>O roteador não respondeu</translation>
    </message>
    <message>
        <source>The router[[ {secret.router}]] did not answer[[ ({source.router.error})]]: the session state is unknown</source>
        <translation>O roteador[[ {secret.router}]] não respondeu[[ ({source.router.error})]]: o estado da sessão é desconhecido</translation>
    </message>
    <message>
        <source>Router not asked (offline)</source>
        <translation>Roteador não consultado (offline)</translation>
    </message>
    <message>
        <source>No network: the router was not asked and the session state is unknown</source>
        <translation>Sem rede: o roteador não foi consultado e o estado da sessão é desconhecido</translation>
    </message>
    <message>
        <source>SmartOLT did not answer</source>
        <translation>O SmartOLT não respondeu</translation>
    </message>
    <message>
        <source>SmartOLT did not answer[[ ({source.smartolt.error})]]: ONU facts are from the cache[[, {onu.status:age} old]]</source>
        <translation>O SmartOLT não respondeu[[ ({source.smartolt.error})]]: os fatos da ONU vêm do cache[[, de {onu.status:age} atrás]]</translation>
    </message>
    <message>
        <source>SmartOLT not asked (offline)</source>
        <translation>SmartOLT não consultado (offline)</translation>
    </message>
    <message>
        <source>No network: ONU facts are from the cache[[, {onu.status:age} old]]</source>
        <translation>Sem rede: os fatos da ONU vêm do cache[[, de {onu.status:age} atrás]]</translation>
    </message>
    <message>
        <source>cnMaestro did not answer</source>
        <translation>O cnMaestro não respondeu</translation>
    </message>
    <message>
        <source>cnMaestro did not answer[[ ({source.cnmaestro.error})]]: antenna facts are from the cache[[, {sm.online:age} old]]</source>
        <translation>O cnMaestro não respondeu[[ ({source.cnmaestro.error})]]: os fatos da antena vêm do cache[[, de {sm.online:age} atrás]]</translation>
    </message>
    <message>
        <source>cnMaestro not asked (offline)</source>
        <translation>cnMaestro não consultado (offline)</translation>
    </message>
    <message>
        <source>No network: antenna facts are from the cache[[, {sm.online:age} old]]</source>
        <translation>Sem rede: os fatos da antena vêm do cache[[, de {sm.online:age} atrás]]</translation>
    </message>
    <message>
        <source>Unknown PPPoE user</source>
        <translation>Usuário PPPoE desconhecido</translation>
    </message>
    <message>
        <source>The PPPoE user is in no CRM connection and on no router: check how it is spelled</source>
        <translation>O usuário PPPoE não está em nenhuma conexão do CRM nem em nenhum roteador: verifique como ele foi digitado</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sem problemas</translation>
    </message>
    <message>
        <source>Everything answers and is within thresholds</source>
        <translation>Tudo responde e está dentro dos limites</translation>
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
        <source>... and at least this share of the port&apos;s ONUs (0-1)</source>
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
        <source>... and at least this share of the access point&apos;s SMs (0-1)</source>
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
        <source>... and at least this share of the router&apos;s sessions (0-1)</source>
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
        <source>unknown threshold &apos;%1&apos;</source>
        <translation>limite desconhecido &apos;%1&apos;</translation>
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
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; não é um número</translation>
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
        <source>Keep profiles and settings in DIR (default: $%1 or the user&apos;s data folder).</source>
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
