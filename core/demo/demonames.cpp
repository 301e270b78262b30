// SPDX-License-Identifier: GPL-3.0-or-later
// Accents are written as they are in the registry (this file is UTF-8): the search and the CRM-style
// upper-case names must be exercised by real "Pérez" and "Muñoz", not by ASCII stand-ins.
#include "demonames.h"

namespace Beholder::Demo {

using namespace Qt::Literals::StringLiterals;

namespace {

DemoTables buildTables()
{
    DemoTables t;

    t.maleFirstNames = {
        u"Juan"_s,     u"José"_s,     u"Carlos"_s,      u"Jorge"_s,    u"Luis"_s,      u"Miguel"_s,    u"Daniel"_s,
        u"Roberto"_s,  u"Ricardo"_s,  u"Mario"_s,       u"Héctor"_s,   u"Ramón"_s,     u"Oscar"_s,     u"Rubén"_s,
        u"Sergio"_s,   u"Marcelo"_s,  u"Gustavo"_s,     u"Fernando"_s, u"Alejandro"_s, u"Diego"_s,     u"Pablo"_s,
        u"Martín"_s,   u"Agustín"_s,  u"Nicolás"_s,     u"Tomás"_s,    u"Julián"_s,    u"Sebastián"_s, u"Germán"_s,
        u"Joaquín"_s,  u"Matías"_s,   u"Facundo"_s,     u"Lucas"_s,    u"Santiago"_s,  u"Mateo"_s,     u"Franco"_s,
        u"Gonzalo"_s,  u"Leandro"_s,  u"Maximiliano"_s, u"Ezequiel"_s, u"Cristian"_s,  u"Hernán"_s,    u"Walter"_s,
        u"Raúl"_s,     u"Néstor"_s,   u"Rodolfo"_s,     u"Claudio"_s,  u"Esteban"_s,   u"Andrés"_s,    u"Ignacio"_s,
        u"Federico"_s, u"Emiliano"_s, u"Lautaro"_s,     u"Benjamín"_s, u"Thiago"_s,    u"Valentín"_s,  u"Bautista"_s,
        u"Gastón"_s,   u"Damián"_s,   u"Fabián"_s,      u"Darío"_s,    u"Iván"_s,      u"Adrián"_s,    u"Víctor"_s,
        u"Hugo"_s,     u"Alberto"_s,  u"Omar"_s,        u"Eduardo"_s,  u"Ángel"_s,
    };
    t.femaleFirstNames = {
        u"María"_s,     u"Ana"_s,       u"Laura"_s,    u"Silvia"_s,    u"Graciela"_s, u"Marta"_s,   u"Susana"_s,
        u"Patricia"_s,  u"Mónica"_s,    u"Claudia"_s,  u"Liliana"_s,   u"Norma"_s,    u"Beatriz"_s, u"Alicia"_s,
        u"Gabriela"_s,  u"Andrea"_s,    u"Verónica"_s, u"Carolina"_s,  u"Natalia"_s,  u"Paula"_s,   u"Romina"_s,
        u"Florencia"_s, u"Valeria"_s,   u"Lorena"_s,   u"Daniela"_s,   u"Mariana"_s,  u"Soledad"_s, u"Lucía"_s,
        u"Sofía"_s,     u"Valentina"_s, u"Camila"_s,   u"Martina"_s,   u"Agustina"_s, u"Micaela"_s, u"Julieta"_s,
        u"Rocío"_s,     u"Belén"_s,     u"Inés"_s,     u"Antonella"_s, u"Milagros"_s, u"Candela"_s, u"Guadalupe"_s,
        u"Victoria"_s,  u"Emilia"_s,    u"Josefina"_s, u"Catalina"_s,  u"Pilar"_s,    u"Noelia"_s,  u"Cecilia"_s,
        u"Roxana"_s,    u"Elena"_s,     u"Estela"_s,   u"Teresa"_s,    u"Rosa"_s,     u"Nélida"_s,  u"Mirta"_s,
        u"Ángela"_s,    u"Celeste"_s,   u"Jimena"_s,   u"Débora"_s,    u"Aldana"_s,   u"Brenda"_s,  u"Yanina"_s,
    };
    t.maleCompoundLeads = {u"Juan"_s, u"José"_s, u"Luis"_s, u"Carlos"_s, u"Miguel"_s, u"Juan"_s};
    t.femaleCompoundLeads = {u"María"_s, u"Ana"_s, u"María"_s};

    // Weights follow the order of frequency in Argentina, with the Italian names of the Córdoba plains.
    t.surnames = {
        {u"González"_s, 100}, {u"Rodríguez"_s, 90}, {u"Gómez"_s, 80},     {u"Fernández"_s, 75}, {u"López"_s, 70},
        {u"Martínez"_s, 65},  {u"Díaz"_s, 60},      {u"Pérez"_s, 60},     {u"García"_s, 50},    {u"Sánchez"_s, 45},
        {u"Romero"_s, 45},    {u"Sosa"_s, 40},      {u"Álvarez"_s, 38},   {u"Torres"_s, 35},    {u"Ruiz"_s, 33},
        {u"Ramírez"_s, 33},   {u"Flores"_s, 30},    {u"Acosta"_s, 30},    {u"Benítez"_s, 28},   {u"Medina"_s, 28},
        {u"Suárez"_s, 25},    {u"Herrera"_s, 25},   {u"Aguirre"_s, 24},   {u"Pereyra"_s, 24},   {u"Gutiérrez"_s, 23},
        {u"Giménez"_s, 23},   {u"Molina"_s, 22},    {u"Silva"_s, 22},     {u"Castro"_s, 21},    {u"Rojas"_s, 21},
        {u"Ortiz"_s, 20},     {u"Núñez"_s, 20},     {u"Luna"_s, 20},      {u"Juárez"_s, 19},    {u"Cabrera"_s, 19},
        {u"Ríos"_s, 18},      {u"Ferreyra"_s, 18},  {u"Godoy"_s, 18},     {u"Morales"_s, 17},   {u"Domínguez"_s, 17},
        {u"Peralta"_s, 16},   {u"Vega"_s, 16},      {u"Carrizo"_s, 16},   {u"Quiroga"_s, 15},   {u"Ledesma"_s, 15},
        {u"Muñoz"_s, 15},     {u"Ojeda"_s, 14},     {u"Ponce"_s, 14},     {u"Vázquez"_s, 14},   {u"Villalba"_s, 13},
        {u"Cardozo"_s, 13},   {u"Córdoba"_s, 12},   {u"Cáceres"_s, 12},   {u"Agüero"_s, 11},    {u"Páez"_s, 11},
        {u"Ibáñez"_s, 11},    {u"Ávila"_s, 11},     {u"Maidana"_s, 10},   {u"Moyano"_s, 10},    {u"Navarro"_s, 10},
        {u"Figueroa"_s, 10},  {u"Coronel"_s, 10},   {u"Paz"_s, 9},        {u"Correa"_s, 9},     {u"Arias"_s, 9},
        {u"Mendoza"_s, 9},    {u"Bustos"_s, 9},     {u"Ramos"_s, 9},      {u"Vera"_s, 9},       {u"Barrios"_s, 8},
        {u"Leiva"_s, 8},      {u"Miranda"_s, 8},    {u"Campos"_s, 8},     {u"Gauna"_s, 7},      {u"Toledo"_s, 7},
        {u"Heredia"_s, 7},    {u"Olmos"_s, 7},      {u"Bazán"_s, 7},      {u"Lucero"_s, 7},     {u"Guzmán"_s, 7},
        {u"Soria"_s, 6},      {u"Barrera"_s, 6},    {u"Chávez"_s, 6},     {u"Duarte"_s, 6},     {u"Montenegro"_s, 6},
        {u"Rivero"_s, 6},     {u"Ferrari"_s, 6},    {u"Bianchi"_s, 5},    {u"Rossi"_s, 5},      {u"Romano"_s, 5},
        {u"Colombo"_s, 5},    {u"Bruno"_s, 5},      {u"Mansilla"_s, 5},   {u"Villarreal"_s, 5}, {u"Zalazar"_s, 5},
        {u"Salinas"_s, 5},    {u"Gallo"_s, 4},      {u"Fontana"_s, 4},    {u"Sotelo"_s, 4},     {u"Vergara"_s, 4},
        {u"Ocampo"_s, 4},     {u"Tapia"_s, 4},      {u"Bravo"_s, 4},      {u"Oviedo"_s, 4},     {u"Albornoz"_s, 4},
        {u"Brizuela"_s, 4},   {u"Tissera"_s, 4},    {u"Bustamante"_s, 4}, {u"Cuello"_s, 4},     {u"Peñaloza"_s, 3},
    };

    t.businessKinds = {
        u"Panadería"_s,     u"Ferretería"_s, u"Farmacia"_s,     u"Kiosco"_s,   u"Almacén"_s,          u"Carnicería"_s,
        u"Verdulería"_s,    u"Librería"_s,   u"Veterinaria"_s,  u"Taller"_s,   u"Estudio Contable"_s, u"Inmobiliaria"_s,
        u"Distribuidora"_s, u"Forrajería"_s, u"Corralón"_s,     u"Óptica"_s,   u"Heladería"_s,        u"Pizzería"_s,
        u"Rotisería"_s,     u"Gomería"_s,    u"Autoservicio"_s, u"Lavadero"_s, u"Agroservicios"_s,    u"Transporte"_s,
    };
    t.businessBrands = {
        u"La Espiga"_s,   u"El Trébol"_s,  u"San Martín"_s,   u"Don José"_s,     u"Los Álamos"_s,   u"El Progreso"_s,
        u"La Esquina"_s,  u"Del Centro"_s, u"San Cayetano"_s, u"La Estrella"_s,  u"El Sol"_s,       u"Santa Rita"_s,
        u"Las Acacias"_s, u"El Molino"_s,  u"La Amistad"_s,   u"Don Ramón"_s,    u"Los Hermanos"_s, u"La Pampa"_s,
        u"El Ceibo"_s,    u"San Roque"_s,  u"La Unión"_s,     u"Mi Barrio"_s,    u"El Hornero"_s,   u"La Victoria"_s,
        u"Nueva Era"_s,   u"El Puente"_s,  u"Doña Rosa"_s,    u"Ctalamochita"_s, u"Santa Lucía"_s,  u"El Cruce"_s,
    };
    t.companyForms = {u" SRL"_s, u" SA"_s, u" SAS"_s, u" S.R.L."_s};

    // Area codes without the trunk 0; Villa María and Villa Nueva share one, as they do in reality.
    t.towns = {
        {u"Villa María"_s, u"VMA"_s, u"VILLA-MARIA"_s, u"353"_s, -32.4075, -63.2402, 34},
        {u"Río Cuarto"_s, u"RCU"_s, u"RIO-CUARTO"_s, u"358"_s, -33.1232, -64.3493, 20},
        {u"Bell Ville"_s, u"BVI"_s, u"BELL-VILLE"_s, u"3537"_s, -32.6259, -62.6887, 10},
        {u"San Francisco"_s, u"SFR"_s, u"SAN-FRANCISCO"_s, u"3564"_s, -31.4277, -62.0827, 10},
        {u"Villa Nueva"_s, u"VNU"_s, u"VILLA-NUEVA"_s, u"353"_s, -32.4333, -63.2478, 9},
        {u"Río Tercero"_s, u"RTE"_s, u"RIO-TERCERO"_s, u"3571"_s, -32.1730, -64.1141, 8},
        {u"Oliva"_s, u"OLI"_s, u"OLIVA"_s, u"3532"_s, -32.0416, -63.5686, 5},
        {u"Las Varillas"_s, u"LVA"_s, u"LAS-VARILLAS"_s, u"3533"_s, -31.8722, -62.7197, 4},
    };
    t.streets = {
        u"Av. San Martín"_s,
        u"Bv. España"_s,
        u"Belgrano"_s,
        u"Rivadavia"_s,
        u"25 de Mayo"_s,
        u"9 de Julio"_s,
        u"Entre Ríos"_s,
        u"Vélez Sarsfield"_s,
        u"Dean Funes"_s,
        u"Sarmiento"_s,
        u"Mitre"_s,
        u"Moreno"_s,
        u"Urquiza"_s,
        u"Lavalle"_s,
        u"Corrientes"_s,
        u"Santa Fe"_s,
        u"Mendoza"_s,
        u"Tucumán"_s,
        u"Catamarca"_s,
        u"La Rioja"_s,
        u"Salta"_s,
        u"Jujuy"_s,
        u"Independencia"_s,
        u"Alvear"_s,
        u"Colón"_s,
        u"Maipú"_s,
        u"Chacabuco"_s,
        u"Pueyrredón"_s,
        u"Güemes"_s,
        u"Paraguay"_s,
        u"Chile"_s,
        u"Perú"_s,
        u"Bolivia"_s,
        u"Ituzaingó"_s,
        u"Lisandro de la Torre"_s,
        u"Hipólito Yrigoyen"_s,
        u"Juan B. Justo"_s,
        u"Av. Libertador"_s,
        u"Bv. Sarmiento"_s,
        u"Bv. Colón"_s,
        u"Av. Presidente Perón"_s,
        u"Estrada"_s,
        u"Rawson"_s,
        u"Constitución"_s,
        u"Buenos Aires"_s,
        u"Córdoba"_s,
        u"Santiago del Estero"_s,
        u"Av. Vélez Sarsfield"_s,
        u"General Paz"_s,
        u"Obispo Trejo"_s,
    };
    t.neighbourhoods = {
        u"San Martín"_s,          u"Las Acacias"_s,      u"Belgrano"_s, u"Palermo"_s,    u"Ramón Carrillo"_s,
        u"Los Olmos"_s,           u"San Justo"_s,        u"Güemes"_s,   u"Industrial"_s, u"Almirante Brown"_s,
        u"Florentino Ameghino"_s, u"Roque Sáenz Peña"_s, u"Evita"_s,    u"Norte"_s,      u"Las Playas"_s,
    };
    t.emailDomains = {
        {u"gmail.com"_s, 60},  {u"hotmail.com"_s, 20},   {u"yahoo.com.ar"_s, 6},
        {u"outlook.com"_s, 6}, {u"hotmail.com.ar"_s, 5}, {u"live.com.ar"_s, 3},
    };

    t.routerModels = {u"CCR2004-1G-12S+2XS"_s, u"CCR1036-8G-2S+"_s, u"CCR2116-12G-4S+"_s, u"CCR1072-1G-8S+"_s};
    t.oltModels = {
        {u"huawei"_s, u"MA5800-X7"_s, 1, 7, 16, 0, 0, 127, true},
        {u"huawei"_s, u"MA5608T"_s, 0, 2, 16, 0, 0, 127, false},
        {u"zte"_s, u"C600"_s, 1, 8, 16, 1, 1, 128, true},
        {u"zte"_s, u"C320"_s, 1, 2, 16, 1, 1, 128, false},
    };
    t.huaweiOnus = {
        {u"HWTC"_s, u"HG8145V5"_s, false, 50},
        {u"HWTC"_s, u"EG8145X6"_s, false, 20},
        {u"HWTC"_s, u"HG8245H"_s, false, 10},
        {u"HWTC"_s, u"HG8310M"_s, true, 8},
    };
    t.zteOnus = {
        {u"ZTEG"_s, u"F670L"_s, false, 50},
        {u"ZTEG"_s, u"F6600P"_s, false, 20},
        {u"ZTEG"_s, u"F660"_s, false, 10},
        {u"ZTEG"_s, u"F601"_s, true, 8},
    };
    t.tplinkOnus = {
        {u"TPLG"_s, u"XC220-G3v"_s, false, 3},
        {u"TPLG"_s, u"XZ000-G3"_s, true, 1},
    };

    t.huaweiOuis = {0x00E0FC, 0x00259E, 0x001882, 0x4846FB, 0x70723C};
    t.zteOuis = {0x0019C6, 0x0026ED, 0x0015EB, 0x001E73};
    t.tplinkOuis = {0x50C7BF, 0x14CC20, 0xC04A00, 0xF4F26D};
    t.mikrotikOuis = {0x4C5E0C, 0x6C3B6B, 0xCC2DE0, 0xDC2C6E, 0xE48D8C, 0xB869F4};
    t.cambiumEpmpOuis = {0x000456, 0x58C17A, 0xBCE67C};
    t.cambiumPmpOuis = {0x0A003E};
    return t;
}

} // namespace

const DemoTables &demoTables()
{
    static const DemoTables tables = buildTables();
    return tables;
}

} // namespace Beholder::Demo
