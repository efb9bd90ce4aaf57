<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Cyrl_UZ" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>added</source>
        <translation>қўшилди</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ўзгартирилди</translation>
    </message>
    <message>
        <source>bulk write</source>
        <translation>оммавий ёзув</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>очилди</translation>
    </message>
    <message>
        <source>exported or printed</source>
        <translation>экспорт қилинди ёки чоп этилди</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Криптография кутубхонаси ишга тушмаяпти.</translation>
    </message>
    <message>
        <source>The audit trail of %1 has no head: the register was changed outside Qaytish. Run “%2”.</source>
        <translation>%1 аудит журналининг бош ёзуви йўқ: реестр Қайтишдан ташқарида ўзгартирилган. “%2” буйруғини бажаринг.</translation>
    </message>
    <message>
        <source>%1 is busy: other programs kept writing to its audit trail. Try again.</source>
        <translation>%1 банд: бошқа дастурлар унинг аудит журналига ёзишда давом этди. Қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was deleted.</source>
        <translation>%1-ёзув йўқ: у ўчирилган.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation>%1–%2-ёзувлар йўқ: улар ўчирилган.</translation>
    </message>
    <message>
        <source>Entry 1 does not start the chain: entries before it were removed, or it was replaced.</source>
        <translation>1-ёзув занжирни бошламайди: ундан олдинги ёзувлар ўчирилган ёки у алмаштирилган.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was replaced, removed or moved.</source>
        <translation>%1-ёзув %2-ёзувдан кейин келмайди: ёзув алмаштирилган, ўчирилган ёки кўчирилган.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>%1-ёзув ёзилгандан кейин ўзгартирилган.</translation>
    </message>
    <message>
        <source>The head of the audit trail is missing.</source>
        <translation>Аудит журналининг бош ёзуви йўқ.</translation>
    </message>
    <message>
        <source>Entry %1, the last one written, is missing: it was deleted.</source>
        <translation>Охирги ёзилган %1-ёзув йўқ: у ўчирилган.</translation>
    </message>
    <message>
        <source>Entries %1 to %2, the last ones written, are missing: they were deleted.</source>
        <translation>Охирги ёзилган %1–%2-ёзувлар йўқ: улар ўчирилган.</translation>
    </message>
    <message>
        <source>Entries after %1 were added outside Qaytish.</source>
        <translation>%1-ёзувдан кейинги ёзувлар Қайтишдан ташқарида қўшилган.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the head of the audit trail: it was replaced.</source>
        <translation>%1-ёзув аудит журналининг бош ёзувига мос эмас: у алмаштирилган.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>Парол иборасидан калит ҳосил қилиш учун хотира етарли эмас.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 га ёзиб бўлмади: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ни ўқиб бўлмади: %2</translation>
    </message>
    <message>
        <source>The sealed backup %1 is incomplete: it ends inside its header. Nothing was restored.</source>
        <translation>%1 шифрланган захира нусхаси тўлиқ эмас: у сарлавҳасининг ичида тугайди. Ҳеч нарса тикланмади.</translation>
    </message>
    <message>
        <source>%1 is not a sealed backup of Qaytish.</source>
        <translation>%1 Қайтишнинг шифрланган захира нусхаси эмас.</translation>
    </message>
    <message>
        <source>The sealed backup %1 was written by a newer version of Qaytish (format %2; this version reads format %3). Restore it with the newer version.</source>
        <translation>%1 шифрланган захира нусхаси Қайтишнинг янгироқ версиясида ёзилган (%2-формат; бу версия %3-форматни ўқийди). Уни янгироқ версияда тикланг.</translation>
    </message>
    <message>
        <source>The header of the sealed backup %1 is damaged or was altered. Nothing was restored.</source>
        <translation>%1 шифрланган захира нусхасининг сарлавҳаси шикастланган ёки ўзгартирилган. Ҳеч нарса тикланмади.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is incomplete: it ends before its last part (cut off while it was copied?). Nothing was restored.</source>
        <translation>%1 шифрланган захира нусхаси тўлиқ эмас: у охирги қисмидан олдин тугайди (нусха кўчирилаётганда узилиб қолганми?). Ҳеч нарса тикланмади.</translation>
    </message>
    <message>
        <source>The sealed backup %1 cannot be opened: the passphrase is wrong, or the beginning of the file was altered or damaged (the two cannot be told apart). Nothing was restored.</source>
        <translation>%1 шифрланган захира нусхасини очиб бўлмади: парол ибораси нотўғри ёки файл боши ўзгартирилган ёки шикастланган (буларни бир-биридан ажратиб бўлмайди). Ҳеч нарса тикланмади.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged, altered or incomplete: its last part, part %2, does not match its seal (was it cut off while it was copied?). Nothing was restored.</source>
        <translation>%1 шифрланган захира нусхаси шикастланган, ўзгартирилган ёки тўлиқ эмас: унинг охирги қисми, %2-қисм, муҳрига мос келмайди (нусха кўчирилаётганда узилиб қолганми?). Ҳеч нарса тикланмади.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged or was altered: part %2 of it does not match its seal. Nothing was restored.</source>
        <translation>%1 шифрланган захира нусхаси шикастланган ёки ўзгартирилган: унинг %2-қисми муҳрига мос келмайди. Ҳеч нарса тикланмади.</translation>
    </message>
    <message>
        <source>The sealed backup %1 was altered: there is data after its last part. Nothing was restored.</source>
        <translation>%1 шифрланган захира нусхаси ўзгартирилган: охирги қисмидан кейин маълумотлар бор. Ҳеч нарса тикланмади.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Парол ибораси бўш.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters.</source>
        <translation>Парол ибораси жуда қисқа: камида %1 та белги керак.</translation>
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation>Захира нусха учун файл кўрсатилмади.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name inside it.</source>
        <translation>%1 — бу жилд: захира нусха учун унинг ичида файл номини кўрсатинг.</translation>
    </message>
    <message>
        <source>%1 is the register itself (or a file of it): a backup must go to another file, best on another disk.</source>
        <translation>%1 — бу реестрнинг ўзи (ёки унинг файли): захира нусха бошқа файлда, яхшиси бошқа дискда бўлиши керак.</translation>
    </message>
    <message>
        <source>%1 exists already and was left as it is: choose another file name.</source>
        <translation>%1 аллақачон мавжуд ва ўзгаришсиз қолдирилди: бошқа файл номини танланг.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Криптографик кутубхонани ишга тушириб бўлмади.</translation>
    </message>
    <message>
        <source>No temporary file can be made beside the register %1: %2</source>
        <translation>%1 реестри ёнида вақтинчалик файл яратиб бўлмади: %2</translation>
    </message>
    <message>
        <source>No consistent copy of the register %1 could be made: %2</source>
        <translation>%1 реестрининг яхлит нусхасини яратиб бўлмади: %2</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Захира нусха файли кўрсатилмади.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>%1 захира нусхаси мавжуд эмас.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a backup of a register.</source>
        <translation>%1 бўш: бу реестрнинг захира нусхаси эмас.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup: its passphrase is needed to restore it.</source>
        <translation>%1 — шифрланган захира нусха: уни тиклаш учун парол ибораси керак.</translation>
    </message>
    <message>
        <source>The folder of the register %1 does not exist.</source>
        <translation>%1 реестрининг жилди мавжуд эмас.</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>Wheelchair</source>
        <translation>Ногиронлик аравачаси</translation>
    </message>
    <message>
        <source>Medical escort</source>
        <translation>Тиббий кузатиб бориш</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Кузатиб борувчисиз вояга етмаган</translation>
    </message>
    <message>
        <source>Travel assistance</source>
        <translation>Йўлда ёрдам</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Таржимон</translation>
    </message>
    <message>
        <source>Removal order</source>
        <translation>Чиқариб юбориш тўғрисидаги қарор</translation>
    </message>
    <message>
        <source>Voluntary departure</source>
        <translation>Ихтиёрий чиқиб кетиш</translation>
    </message>
    <message>
        <source>Expedited removal</source>
        <translation>Тезлаштирилган чиқариб юбориш</translation>
    </message>
    <message>
        <source>Reinstated removal order</source>
        <translation>Қайта кучга киритилган чиқариб юбориш тўғрисидаги қарор</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Бошқа</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>Озодликда</translation>
    </message>
    <message>
        <source>In immigration detention</source>
        <translation>Ушлаб турилмоқда</translation>
    </message>
    <message>
        <source>Wants to return</source>
        <translation>Қайтишни хоҳлайди</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Қарор қилмаган</translation>
    </message>
    <message>
        <source>Objects to return</source>
        <translation>Қайтишга қарши</translation>
    </message>
    <message>
        <source>Identity and citizenship confirmed</source>
        <translation>Шахси ва фуқаролиги тасдиқланди</translation>
    </message>
    <message>
        <source>No record found</source>
        <translation>Маълумот топилмади</translation>
    </message>
    <message>
        <source>Not a citizen</source>
        <translation>Фуқаро эмас</translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation>Қўшимча маълумот сўралди</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Ёзма</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Оғзаки</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Электрон шаклда</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>A case without an id cannot be updated.</source>
        <translation>Идентификатори бўлмаган ишни янгилаб бўлмайди.</translation>
    </message>
    <message>
        <source>There is no case %1 in the register.</source>
        <translation>Реестрда %1 рақамли иш йўқ.</translation>
    </message>
    <message>
        <source>The outgoing number of the identity request is missing.</source>
        <translation>Шахсни тасдиқлаш сўровининг чиқувчи рақами кўрсатилмаган.</translation>
    </message>
    <message>
        <source>The date of the identity request is missing or not a date.</source>
        <translation>Шахсни тасдиқлаш сўровининг санаси кўрсатилмаган ёки нотўғри.</translation>
    </message>
    <message>
        <source>The date of the identity request is in the future.</source>
        <translation>Шахсни тасдиқлаш сўровининг санаси бугунги кундан кейин.</translation>
    </message>
    <message>
        <source>Case %1 is %2: reopen it before sending an identity request.</source>
        <translation>%1 ишнинг ҳолати «%2»: шахсни тасдиқлаш сўровини юборишдан олдин ишни қайта очинг.</translation>
    </message>
    <message>
        <source>Identity request %1 of %2 sent.</source>
        <translation>%2 санадаги %1-сон шахсни тасдиқлаш сўрови юборилди.</translation>
    </message>
    <message>
        <source>“%1” is not a result of an identity check. Use one of: %2.</source>
        <translation>«%1» шахсни текшириш натижаси эмас. Қуйидагилардан бирини кўрсатинг: %2.</translation>
    </message>
    <message>
        <source>The number of the reply is missing.</source>
        <translation>Жавоб рақами кўрсатилмаган.</translation>
    </message>
    <message>
        <source>The date of the reply is missing or not a date.</source>
        <translation>Жавоб санаси кўрсатилмаган ёки нотўғри.</translation>
    </message>
    <message>
        <source>The date of the reply is in the future.</source>
        <translation>Жавоб санаси бугунги кундан кейин.</translation>
    </message>
    <message>
        <source>There is no such identity request.</source>
        <translation>Бундай шахсни тасдиқлаш сўрови йўқ.</translation>
    </message>
    <message>
        <source>The reply (%1) cannot be older than the request (%2).</source>
        <translation>Жавоб (%1) сўровдан (%2) олдинги сана билан бўлиши мумкин эмас.</translation>
    </message>
    <message>
        <source>Reply %1 of %2: identity confirmed.</source>
        <translation>%2 санадаги %1-сон жавоб: шахси тасдиқланди.</translation>
    </message>
    <message>
        <source>The date of the interview is missing or not a date.</source>
        <translation>Суҳбат санаси кўрсатилмаган ёки нотўғри.</translation>
    </message>
    <message>
        <source>The date of the interview is in the future.</source>
        <translation>Суҳбат санаси бугунги кундан кейин.</translation>
    </message>
    <message>
        <source>Case %1 was anonymised on %2 under the mission&apos;s retention period: it can no longer be changed.</source>
        <translation>%1-иш %2 да ваколатхонанинг сақлаш муддати бўйича анонимлаштирилган: уни энди ўзгартириб бўлмайди.</translation>
    </message>
</context>
<context>
    <name>CaseStatusInfo</name>
    <message>
        <source>Registered</source>
        <translation>Рўйхатга олинган</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Шахсни текшириш</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Шахси тасдиқланган</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Ҳужжат берилган</translation>
    </message>
    <message>
        <source>On a return list</source>
        <translation>Қайтиш рўйхатида</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтган</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ёпилган</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The surname in Latin letters is required.</source>
        <translation>Фамилияни лотин ҳарфларида кўрсатиш шарт.</translation>
    </message>
    <message>
        <source>The surname in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Лотин ёзувидаги фамилияда кирилл ҳарфлари бор. Уни лотин ҳарфларида ёзинг; кириллча ёзилиши учун алоҳида майдон бор.</translation>
    </message>
    <message>
        <source>The given names in Latin letters are required.</source>
        <translation>Исмни лотин ҳарфларида кўрсатиш шарт.</translation>
    </message>
    <message>
        <source>The given names in Latin script contain Cyrillic letters. Write them in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Лотин ёзувидаги исмда кирилл ҳарфлари бор. Уни лотин ҳарфларида ёзинг; кириллча ёзилиши учун алоҳида майдон бор.</translation>
    </message>
    <message>
        <source>The patronymic in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Лотин ёзувидаги отасининг исмида кирилл ҳарфлари бор. Уни лотин ҳарфларида ёзинг; кириллча ёзилиши учун алоҳида майдон бор.</translation>
    </message>
    <message>
        <source>The surname in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Кирилл ёзувидаги фамилияда лотин ҳарфлари бор. Уни кирилл ҳарфларида ёзинг; лотинча ёзилиши учун алоҳида майдон бор.</translation>
    </message>
    <message>
        <source>The given names in Cyrillic script contain Latin letters. Write them in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Кирилл ёзувидаги исмда лотин ҳарфлари бор. Уни кирилл ҳарфларида ёзинг; лотинча ёзилиши учун алоҳида майдон бор.</translation>
    </message>
    <message>
        <source>The patronymic in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Кирилл ёзувидаги отасининг исмида лотин ҳарфлари бор. Уни кирилл ҳарфларида ёзинг; лотинча ёзилиши учун алоҳида майдон бор.</translation>
    </message>
    <message>
        <source>The sex is required (M or F).</source>
        <translation>Жинсини кўрсатиш шарт (эркак ёки аёл).</translation>
    </message>
    <message>
        <source>The sex must be M or F, not &quot;%1&quot;.</source>
        <translation>Жинси эркак ёки аёл бўлиши керак, «%1» эмас.</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>Туғилган санани кўрсатиш шарт.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Туғилган сана %1 бугунги кундан кейин.</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900: check the year.</source>
        <translation>Туғилган сана %1 — 1900-йилдан олдин: йилни текширинг.</translation>
    </message>
    <message>
        <source>The nationality &quot;%1&quot; is not a three-letter ICAO code such as UZB (capital letters A-Z, or &lt; as filler).</source>
        <translation>«%1» фуқаролик коди UZB каби уч ҳарфли ИКАО коди эмас (лотин алифбосининг бош ҳарфлари, тўлдирувчи белги &lt;).</translation>
    </message>
    <message>
        <source>The passport&apos;s date of issue %1 is in the future.</source>
        <translation>Паспортнинг берилган санаси %1 бугунги кундан кейин.</translation>
    </message>
    <message>
        <source>The passport&apos;s expiry date %1 is not after its date of issue %2.</source>
        <translation>Паспортнинг амал қилиш муддати %1 унинг берилган санаси %2 дан кейин эмас.</translation>
    </message>
    <message>
        <source>The PINFL gives the date of birth %1, but the record says %2. One of them is wrong.</source>
        <translation>ЖШШИР бўйича туғилган сана %1, лекин ёзувда %2 кўрсатилган. Улардан бири нотўғри.</translation>
    </message>
    <message>
        <source>The first digit of the PINFL is that of a man, but the record says the person is a woman.</source>
        <translation>ЖШШИРнинг биринчи рақами эркак жинсига мос, лекин ёзувда аёл деб кўрсатилган.</translation>
    </message>
    <message>
        <source>The first digit of the PINFL is that of a woman, but the record says the person is a man.</source>
        <translation>ЖШШИРнинг биринчи рақами аёл жинсига мос, лекин ёзувда эркак деб кўрсатилган.</translation>
    </message>
    <message>
        <source>The last digit of the PINFL is %1, but the usual check rule gives %2. Compare the number with the document; if it is copied correctly, confirm it (the rule is not official and does not hold for every PINFL).</source>
        <translation>ЖШШИРнинг охирги рақами %1, лекин одатдаги назорат қоидаси бўйича %2 чиқади. Рақамни ҳужжат билан солиштиринг; агар у тўғри кўчирилган бўлса, уни тасдиқланг (бу қоида расмий эмас ва ҳар бир ЖШШИРга тўғри келавермайди).</translation>
    </message>
    <message>
        <source>The passport number %1 contains Cyrillic letters. Passport numbers are written in Latin letters (AA, not АА): retype the letters.</source>
        <translation>%1 паспорт рақамида кирилл ҳарфлари бор. Паспорт рақамлари лотин ҳарфларида ёзилади: ҳарфларни лотин алифбосида қайта теринг.</translation>
    </message>
    <message>
        <source>%1 does not look like an Uzbek passport number (2 Latin letters and 7 digits, such as AA1234567). Check the number, or set the nationality if the passport is foreign.</source>
        <translation>%1 Ўзбекистон паспорти рақамига ўхшамайди (2 та лотин ҳарфи ва 7 та рақам). Рақамни текширинг ёки паспорт хорижий бўлса, фуқароликни кўрсатинг.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it is the letter A and 7 to 9 digits, for example A-123-456-789.</source>
        <translation>«%1» А-рақам эмас: у лотинча А ҳарфи ва 7–9 та рақамдан иборат (А ҳарфини ёзмаса ҳам бўлади, масалан: 123-456-789).</translation>
    </message>
    <message>
        <source>The entry date %1 is in the future.</source>
        <translation>Кирган сана %1 бугунги кундан кейин.</translation>
    </message>
    <message>
        <source>The entry date %1 is before the date of birth %2.</source>
        <translation>Кирган сана %1 туғилган сана %2 дан олдин.</translation>
    </message>
    <message>
        <source>The stay is marked D/S (duration of status), which has no end date: clear either the admit-until date or the D/S mark.</source>
        <translation>Бўлиш муддати D/S (мақом амал қилиш муддати давомида) деб белгиланган, унинг тугаш санаси йўқ: рухсат этилган муддат санасини ёки D/S белгисини олиб ташланг.</translation>
    </message>
    <message>
        <source>The authorised stay ends on %1, before the entry date %2.</source>
        <translation>Рухсат этилган муддат %1 да тугайди, бу кирган сана %2 дан олдин.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known custody status.</source>
        <translation>«%1» — номаълум ушлаб туриш ҳолати.</translation>
    </message>
    <message>
        <source>The person is in immigration detention, but no facility is recorded. Enter the facility so that the person can be visited.</source>
        <translation>Шахс ушлаб турилмоқда, лекин сақлаш жойи кўрсатилмаган. Шахсга ташриф буюриш мумкин бўлиши учун сақлаш жойини киритинг.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known operational need.</source>
        <translation>«%1» — номаълум сафар эҳтиёжи.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known answer about the wish to return.</source>
        <translation>«%1» — қайтиш истаги ҳақида номаълум жавоб.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of order.</source>
        <translation>«%1» — номаълум қарор тури.</translation>
    </message>
    <message>
        <source>Consent to contacting relatives</source>
        <translation>Қариндошлар билан боғланишга розилик</translation>
    </message>
    <message>
        <source>Consent to sharing the case with a lawyer</source>
        <translation>Ишни адвокатга беришга розилик</translation>
    </message>
    <message>
        <source>%1 cannot be recorded: the person objects to consular action. Record the end of the objection first.</source>
        <translation>%1 ёзиб бўлмайди: шахс консуллик ҳаракатларига эътироз билдирган. Аввал эътирознинг тугаганини ёзинг.</translation>
    </message>
    <message>
        <source>%1: enter the day it was given.</source>
        <translation>%1: берилган кунини киритинг.</translation>
    </message>
    <message>
        <source>%1: choose the form in which it was given (in writing, orally or electronically).</source>
        <translation>%1: берилган шаклини танланг (ёзма, оғзаки ёки электрон шаклда).</translation>
    </message>
    <message>
        <source>The objection to consular action: enter the day the person stated it.</source>
        <translation>Консуллик ҳаракатларига эътироз: шахс уни билдирган кунни киритинг.</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate %1 is “%2” and is not printed again.</source>
        <translation>%1-сон гувоҳнома «%2» ҳолатида ва қайта чоп этилмайди.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn.</source>
        <translation>PDF ҳужжатини чизиб бўлмади.</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>valid</source>
        <translation>амалда</translation>
    </message>
    <message>
        <source>spoiled blank</source>
        <translation>бузилган бланка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>бекор қилинган</translation>
    </message>
    <message>
        <source>used for the journey</source>
        <translation>сафар учун фойдаланилган</translation>
    </message>
    <message>
        <source>There is no certificate %1 in the register.</source>
        <translation>Реестрда %1-сон гувоҳнома йўқ.</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a certificate is issued only to a case whose identity is confirmed.</source>
        <translation>%1 ишнинг ҳолати «%2»: гувоҳнома фақат шахси тасдиқланган иш бўйича берилади.</translation>
    </message>
    <message>
        <source>There is no record confirmed by the authorities at home for case %1: record their reply first.</source>
        <translation>%1 иш бўйича Ўзбекистон идоралари тасдиқлаган маълумотлар йўқ: аввал уларнинг жавобини киритинг.</translation>
    </message>
    <message>
        <source>surname (Latin)</source>
        <translation>фамилия (лотин ёзувида)</translation>
    </message>
    <message>
        <source>given names (Latin)</source>
        <translation>исм (лотин ёзувида)</translation>
    </message>
    <message>
        <source>surname (Cyrillic)</source>
        <translation>фамилия (кирилл ёзувида)</translation>
    </message>
    <message>
        <source>given names (Cyrillic)</source>
        <translation>исм (кирилл ёзувида)</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туғилган сана</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жинси</translation>
    </message>
    <message>
        <source>The confirmed record lacks what a certificate needs: %1.</source>
        <translation>Тасдиқланган маълумотларда гувоҳнома учун зарур бўлган қуйидагилар етишмайди: %1.</translation>
    </message>
    <message>
        <source>There is no photo of the person: add one before issuing.</source>
        <translation>Шахснинг сурати йўқ: гувоҳнома беришдан олдин суратни қўшинг.</translation>
    </message>
    <message>
        <source>Give the receipt number of the state duty, or the reason for the exemption.</source>
        <translation>Консуллик йиғими тўлангани ҳақидаги квитанция рақамини ёки йиғимдан озод қилиш асосини кўрсатинг.</translation>
    </message>
    <message>
        <source>Give either a receipt number or an exemption reason, not both.</source>
        <translation>Квитанция рақамини ёки тўловдан озод қилиш асосини кўрсатинг, иккаласини бирга эмас.</translation>
    </message>
    <message>
        <source>The validity must be %1 to %2 days (one to three months); %3 were asked.</source>
        <translation>Амал қилиш муддати %1 дан %2 кунгача (бир ойдан уч ойгача) бўлиши керак; сўралгани: %3.</translation>
    </message>
    <message>
        <source>Certificate %1 of this person is still valid (until %2): spoil or cancel it, with the reason, before issuing another.</source>
        <translation>Бу шахснинг %1-сон гувоҳномаси ҳали амалда (%2 гача): янгисини беришдан олдин уни сабабини кўрсатиб бузилган бланка деб белгиланг ёки бекор қилинг.</translation>
    </message>
    <message>
        <source>The certificate counter is missing.</source>
        <translation>Гувоҳномалар рақамлари ҳисоблагичи йўқ.</translation>
    </message>
    <message>
        <source>Certificate of Return %1 issued, valid until %2.</source>
        <translation>%1-сон Ўзбекистон Республикасига қайтиш учун гувоҳнома берилди, %2 гача амал қилади.</translation>
    </message>
    <message>
        <source>A certificate can be marked only “%1” or “%2”.</source>
        <translation>Гувоҳномани фақат «%1» ёки «%2» деб белгилаш мумкин.</translation>
    </message>
    <message>
        <source>Give the reason why the blank is spoiled.</source>
        <translation>Бланка бузилганлиги сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>Give the reason why the certificate is cancelled.</source>
        <translation>Гувоҳномани бекор қилиш сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>Certificate %1 is already “%2”: %3</source>
        <translation>%1-сон гувоҳнома аллақачон «%2» ҳолатида: %3</translation>
    </message>
    <message>
        <source>Certificate %1 spoiled: %2</source>
        <translation>%1-сон гувоҳнома бланкаси бузилган деб белгиланди: %2</translation>
    </message>
    <message>
        <source>Certificate %1 cancelled: %2</source>
        <translation>%1-сон гувоҳнома бекор қилинди: %2</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>The record no longer exists in the register.</source>
        <translation>Бу ёзув реестрда энди йўқ.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The register file (default: the officer&apos;s register).</source>
        <translation>Реестр файли (сукут бўйича — мансабдор шахснинг реестри).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>йўл</translation>
    </message>
    <message>
        <source>name</source>
        <translation>исм</translation>
    </message>
    <message>
        <source>Print JSON (stable keys, never translated).</source>
        <translation>JSON кўринишида чиқариш (калитлар ўзгармайди ва таржима қилинмайди).</translation>
    </message>
    <message>
        <source>demo: the number of cases.</source>
        <translation>намунавий реестр: ишлар сони.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>сон</translation>
    </message>
    <message>
        <source>demo: the random seed (same seed, same register).</source>
        <translation>намунавий реестр: тасодифий сонлар генераторининг бошланғич қиймати (қиймат бир хил бўлса, реестр ҳам бир хил).</translation>
    </message>
    <message>
        <source>list: only cases in this status.</source>
        <translation>рўйхат: фақат шу ҳолатдаги ишлар.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>list: names in any script or spelling, passport, PINFL, host reference.</source>
        <translation>рўйхат: исталган ёзув ва имлодаги исм, паспорт, ЖШШИР, қабул қилувчи давлатдаги рақам.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>матн</translation>
    </message>
    <message>
        <source>case status: the reason or comment.</source>
        <translation>ҳолатни ўзгартириш: сабаб ёки изоҳ.</translation>
    </message>
    <message>
        <source>identity request or reply: its number.</source>
        <translation>шахсни тасдиқлаш сўрови ёки жавоб: рақами.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>рақам</translation>
    </message>
    <message>
        <source>identity request or reply: its date.</source>
        <translation>шахсни тасдиқлаш сўрови ёки жавоб: санаси.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>сана</translation>
    </message>
    <message>
        <source>qaytish-cli: %1</source>
        <translation>Қайтиш: хато: %1</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to the command %2.</source>
        <translation>--%1 параметри %2 буйруғига тегишли эмас.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>буйруқ кўрсатилмаган.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>реестрни яратиш буйруғи аргумент қабул қилмайди.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>номаълум буйруқ: «%1».</translation>
    </message>
    <message>
        <source>Created the register %1.</source>
        <translation>%1 реестри яратилди.</translation>
    </message>
    <message>
        <source>Upgraded the register %1 from version %2 to %3; the copy from before is %4.</source>
        <translation>%1 реестри %2-версиядан %3-версияга янгиланди; аввалги ҳолат нусхаси — %4.</translation>
    </message>
    <message>
        <source>The register %1 is up to date.</source>
        <translation>%1 реестри янгиланишни талаб қилмайди.</translation>
    </message>
    <message>
        <source>--cases needs a number from 1 to 10000000.</source>
        <translation>ишлар сони 1 дан 10000000 гача бўлиши керак.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>бошланғич қиймат 0 дан 4294967295 гача бутун сон бўлиши керак.</translation>
    </message>
    <message>
        <source>Wrote %1 fictional cases to %2.</source>
        <translation>%2 га %1 та тўқима иш ёзилди.</translation>
    </message>
    <message>
        <source>“%1” is not a status. Use one of: %2.</source>
        <translation>«%1» ҳолат эмас. Қуйидагилардан бирини кўрсатинг: %2.</translation>
    </message>
    <message>
        <source>--limit needs a number of 0 or more.</source>
        <translation>ишлар сони чегараси 0 ёки ундан катта сон бўлиши керак.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Ф.И.Ш. (лотинча)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>Ф.И.Ш. (кириллча)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жинси</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туғилган сана</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туғилган жой</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Фуқаролиги</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>ЖШШИР</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Host reference</source>
        <translation>Қабул қилувчи давлатдаги рақам</translation>
    </message>
    <message>
        <source>Authorised stay until</source>
        <translation>Рухсат этилган муддат</translation>
    </message>
    <message>
        <source>Days since the authorised stay ended</source>
        <translation>Рухсат этилган муддат тугаганидан кейинги кунлар</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Ушлаб туриш</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Сақлаш жойи</translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation>Шахсни тасдиқлаш сўрови</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 санадаги %1-сон</translation>
    </message>
    <message>
        <source>; reply %1 of %2: %3</source>
        <translation>; %2 санадаги %1-сон жавоб: %3</translation>
    </message>
    <message>
        <source>; no reply yet</source>
        <translation>; жавоб ҳали йўқ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>case status needs a case reference and a status code.</source>
        <translation>ҳолатни ўзгартириш буйруғи учун иш рақами ва ҳолат коди керак.</translation>
    </message>
    <message>
        <source>case identity-request needs one case reference.</source>
        <translation>сўровни қайд этиш буйруғи учун битта иш рақами керак.</translation>
    </message>
    <message>
        <source>case identity-reply needs one case reference.</source>
        <translation>жавобни киритиш буйруғи учун битта иш рақами керак.</translation>
    </message>
    <message>
        <source>unknown case subcommand “%1”.</source>
        <translation>номаълум қуйи буйруқ: «%1».</translation>
    </message>
    <message>
        <source>case %1 needs --%2.</source>
        <translation>%1 қуйи буйруғи учун --%2 параметри керак.</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date. Write it as 30.04.2025, 30042025 or 2025-04-30.</source>
        <translation>«%1» сана эмас. Уни 30.04.2025, 30042025 ёки 2025-04-30 кўринишида ёзинг.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: identity request %2 of %3 logged; status %4.</source>
        <translation>%1: %3 санадаги %2-сон шахсни тасдиқлаш сўрови қайд этилди; ҳолат: %4.</translation>
    </message>
    <message>
        <source>%1: reply %2 of %3 (%4) recorded for request %5; status %6.</source>
        <translation>%1: %5-сон сўровга %3 санадаги %2-сон жавоб (%4) киритилди; ҳолат: %6.</translation>
    </message>
    <message>
        <source>fill a new register with fictional cases (needs %1)</source>
        <translation>янги реестрни тўқима ишлар билан тўлдириш (%1 керак)</translation>
    </message>
    <message>
        <source>list the cases</source>
        <translation>ишлар рўйхатини чиқариш</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>битта ишни кўрсатиш</translation>
    </message>
    <message>
        <source>move a case to another status</source>
        <translation>ишни бошқа ҳолатга ўтказиш</translation>
    </message>
    <message>
        <source>log the identity request sent home</source>
        <translation>Ўзбекистонга юборилган шахсни тасдиқлаш сўровини қайд этиш</translation>
    </message>
    <message>
        <source>record the reply to it</source>
        <translation>унга жавобни қайд этиш</translation>
    </message>
    <message>
        <source>Qaytish: the register of return cases of a consular post.</source>
        <translation>Қайтиш: консуллик муассасасининг қайтиш ишлари реестри.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Буйруқлар:</translation>
    </message>
    <message>
        <source>Status codes: %1.</source>
        <translation>Ҳолат кодлари: %1.</translation>
    </message>
    <message>
        <source>Reply results: %1.</source>
        <translation>Жавоб натижалари: %1.</translation>
    </message>
    <message>
        <source>Dates: %1.</source>
        <translation>Саналар: %1.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 a check says no; 2 usage error, bad input, not found, or a foreign, damaged or newer file; 3 partly done; 4 not logged in or not allowed; 5 the register is busy.</source>
        <translation>Чиқиш кодлари: 0 — бажарилди; 1 — текширув ўтмади; 2 — буйруқда хато, нотўғри маълумот, топилмади, бегона, шикастланган ёки янгироқ файл; 3 — қисман бажарилди; 4 — тизимга кирилмаган ёки рухсат йўқ; 5 — реестр банд.</translation>
    </message>
    <message>
        <source>identity reply: the result, one of %1.</source>
        <translation>сўровга жавоб: натижа, қуйидагилардан бири: %1.</translation>
    </message>
    <message>
        <source>Run %1 for the commands and options.</source>
        <translation>Буйруқлар ва параметрлар рўйхати: %1.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; give the number with %2.</source>
        <translation>%1 буйруғи аргумент қабул қилмайди; сонини %2 параметрида кўрсатинг.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; search with %2.</source>
        <translation>%1 буйруғи аргумент қабул қилмайди; қидириш учун %2 параметридан фойдаланинг.</translation>
    </message>
    <message>
        <source>The demo writes fictional cases and never into the officer&apos;s own register: name a separate file with %1.</source>
        <translation>Намунавий маълумотлар фақат тўқима ишлардир ва ҳеч қачон мансабдор шахснинг иш реестрига ёзилмайди: %1 параметрида алоҳида файл кўрсатинг.</translation>
    </message>
    <message>
        <source>%1 needs one case reference, e.g. %2.</source>
        <translation>%1 буйруғи учун битта иш рақами керак, масалан: %2.</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 буйруғи учун қуйи буйруқ керак: %2.</translation>
    </message>
    <message>
        <source>Case %1 has no identity request waiting for a reply: log the request first with %2.</source>
        <translation>%1-иш бўйича жавоб кутаётган шахсни тасдиқлаш сўрови йўқ: аввал сўровни %2 буйруғи билан қайд этинг.</translation>
    </message>
    <message>
        <source>read and check a machine readable zone (lines as arguments, or from standard input); exit 1 when a check digit is wrong</source>
        <translation>машинада ўқиладиган зонани ўқиш ва текшириш (сатрлар аргумент сифатида ёки стандарт киришдан); назорат рақами нотўғри бўлса, чиқиш коди 1</translation>
    </message>
    <message>
        <source>check and decode a PINFL; exit 1 when its check digit is wrong</source>
        <translation>ЖШШИРни текшириш ва унинг таркибини кўрсатиш; назорат рақами нотўғри бўлса, чиқиш коди 1</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Стандарт киришни ўқиб бўлмаяпти.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Ҳужжат</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, код %2</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Берган давлат</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Исм</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Ҳужжат рақами</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>кўрсатилмаган</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Амал қилиш муддати</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (муддати ўтган)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Шахсий рақам</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>Қўшимча маълумотлар</translation>
    </message>
    <message>
        <source>Check digit, %1</source>
        <translation>Назорат рақами (%1)</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>тўғри</translation>
    </message>
    <message>
        <source>WRONG: the zone has %1, the rule gives %2</source>
        <translation>НОТЎҒРИ: зонада %1, қоида бўйича %2 чиқади</translation>
    </message>
    <message>
        <source>%1: not a PINFL. %2</source>
        <translation>%1: бу ЖШШИР эмас. %2</translation>
    </message>
    <message>
        <source>check digit correct</source>
        <translation>назорат рақами тўғри</translation>
    </message>
    <message>
        <source>check digit wrong (the rule gives %1)</source>
        <translation>назорат рақами нотўғри (қоида бўйича %1 чиқади)</translation>
    </message>
    <message>
        <source>its date of birth %1 differs from the zone&apos;s</source>
        <translation>ундаги туғилган сана (%1) зонадагидан фарқ қилади</translation>
    </message>
    <message>
        <source>its sex %1 differs from the zone&apos;s</source>
        <translation>ундаги жинс (%1) зонадагидан фарқ қилади</translation>
    </message>
    <message>
        <source>agrees with the zone&apos;s date of birth and sex</source>
        <translation>зонадаги туғилган сана ва жинсга мос келади</translation>
    </message>
    <message>
        <source>All check digits are correct.</source>
        <translation>Барча назорат рақамлари тўғри.</translation>
    </message>
    <message numerus="yes">
        <source>%n check digit(s) wrong: the zone was misread or altered.</source>
        <translation>
            <numerusform>%n та назорат рақами нотўғри: зона хато ўқилган ёки ўзгартирилган.</numerusform>
            <numerusform>%n та назорат рақами нотўғри: зона хато ўқилган ёки ўзгартирилган.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs one number, e.g. %2.</source>
        <translation>%1 буйруғи учун битта рақам керак, масалан: %2.</translation>
    </message>
    <message>
        <source>The check digit is %1, but the rule gives %2.</source>
        <translation>Назорат рақами %1, лекин қоида бўйича %2 чиқади.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Туғилган сана %1 бугунги кундан кейин.</translation>
    </message>
    <message>
        <source>Century of birth</source>
        <translation>Туғилган аср</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1-йиллар</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Туман коди</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Тартиб рақами</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Назорат рақами</translation>
    </message>
    <message>
        <source>WRONG: the rule gives %1</source>
        <translation>НОТЎҒРИ: қоида бўйича %1 чиқади</translation>
    </message>
    <message>
        <source>The PINFL is valid.</source>
        <translation>ЖШШИР тўғри.</translation>
    </message>
    <message>
        <source>The PINFL is not valid: %1</source>
        <translation>ЖШШИР нотўғри: %1</translation>
    </message>
    <message>
        <source>import people from a CSV file as new cases</source>
        <translation>CSV файлдаги шахсларни янги ишлар сифатида импорт қилиш</translation>
    </message>
    <message>
        <source>write the cases, or those found, to a CSV file</source>
        <translation>ишларни (барчасини ёки топилганларини) CSV файлга ёзиш</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: auto).</source>
        <translation>импорт: файлнинг кодлаши (сукут бўйича — автоматик аниқлаш).</translation>
    </message>
    <message>
        <source>import: the field delimiter (default: auto).</source>
        <translation>импорт: майдонлар ажратгичи (сукут бўйича — автоматик аниқлаш).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>белги</translation>
    </message>
    <message>
        <source>import: how dates with slashes are read: %1.</source>
        <translation>импорт: қия чизиқли саналарни ўқиш тартиби: %1.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>тартиб</translation>
    </message>
    <message>
        <source>import: write nothing when any row is rejected.</source>
        <translation>импорт: бирор қатор рад этилса, ҳеч нарса ёзмаслик.</translation>
    </message>
    <message>
        <source>import: check the file and write nothing.</source>
        <translation>импорт: фақат файлни текшириш, ҳеч нарса ёзмаслик.</translation>
    </message>
    <message>
        <source>%1 needs one file, e.g. %2.</source>
        <translation>%1 буйруғи учун битта файл керак, масалан: %2.</translation>
    </message>
    <message>
        <source>--encoding needs one of: %1.</source>
        <translation>кодлаш параметри учун қуйидагилардан бири керак: %1.</translation>
    </message>
    <message>
        <source>--delimiter needs one of: %1.</source>
        <translation>ажратгич параметри учун қуйидагилардан бири керак: %1.</translation>
    </message>
    <message>
        <source>--date-format needs one of: %1.</source>
        <translation>сана формати параметри учун қуйидагилардан бири керак: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ни ўқиб бўлмади: %2</translation>
    </message>
    <message>
        <source>%1: the column “%2” is not known; it was not imported.</source>
        <translation>%1: «%2» устуни номаълум; у импорт қилинмади.</translation>
    </message>
    <message>
        <source>probable duplicate: %1 is also on line %2.</source>
        <translation>эҳтимолий такрор: %1 %2-қаторда ҳам бор.</translation>
    </message>
    <message>
        <source>probable duplicate: %1 is also in case %2.</source>
        <translation>эҳтимолий такрор: %1 %2 рақамли ишда ҳам бор.</translation>
    </message>
    <message>
        <source>Checked %1: %2 of %3 rows can be imported; nothing was written.</source>
        <translation>%1 текширилди: %3 та қатордан %2 тасини импорт қилиш мумкин; ҳеч нарса ёзилмади.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected.</source>
        <translation>Ҳеч нарса импорт қилинмади: %2 та қатордан %1 таси рад этилди.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 into %4.</source>
        <translation>%3 файлидан %4 реестрига %2 та қатордан %1 таси импорт қилинди.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to %1.</source>
        <translation>
            <numerusform>%1 файлига %Ln та иш ёзилди.</numerusform>
            <numerusform>%1 файлига %Ln та иш ёзилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>store the person&apos;s photo from a JPEG or PNG file (centred crop)</source>
        <translation>шахснинг суратини JPEG ёки PNG файлдан сақлаш (марказдан кесиб олинади)</translation>
    </message>
    <message>
        <source>issue a Certificate of Return; prints its number</source>
        <translation>Ўзбекистон Республикасига қайтиш учун гувоҳнома бериш; унинг рақамини чиқаради</translation>
    </message>
    <message>
        <source>write the certificate as PDF (again, as often as needed)</source>
        <translation>гувоҳномани PDF кўринишида ёзиш (қайта, керакли марта)</translation>
    </message>
    <message>
        <source>mark a blank spoiled or a certificate cancelled; it stays in the register</source>
        <translation>бланкани бузилган ёки гувоҳномани бекор қилинган деб белгилаш; ёзув реестрда қолади</translation>
    </message>
    <message>
        <source>check a certificate&apos;s QR code; exit 1 when forged, altered, expired or void</source>
        <translation>гувоҳноманинг QR кодини текшириш; гувоҳнома сохта, ўзгартирилган, муддати ўтган ёки ҳақиқий эмас бўлса, чиқиш коди 1</translation>
    </message>
    <message>
        <source>list the register of certificates</source>
        <translation>гувоҳномалар реестрини чиқариш</translation>
    </message>
    <message>
        <source>write the register of certificates to a CSV file</source>
        <translation>гувоҳномалар реестрини CSV файлга ёзиш</translation>
    </message>
    <message>
        <source>write the mission&apos;s public keys for checking QR codes offline</source>
        <translation>QR кодларни интернетсиз текшириш учун муассасанинг очиқ калитларини ёзиш</translation>
    </message>
    <message>
        <source>create a return list (a flight manifest) and print its number</source>
        <translation>қайтиш рўйхатини (рейснинг йўловчилар рўйхатини) яратиш ва унинг рақамини чиқариш</translation>
    </message>
    <message>
        <source>put cases on a draft list</source>
        <translation>ишларни рўйхат қораламасига қўшиш</translation>
    </message>
    <message>
        <source>take a case off a draft list</source>
        <translation>ишни рўйхат қораламасидан чиқариш</translation>
    </message>
    <message>
        <source>list the hard stops and warnings; exit 3 when there is any</source>
        <translation>қатъий тўсиқлар ва огоҳлантиришларни чиқариш; улар бўлса, чиқиш коди 3</translation>
    </message>
    <message>
        <source>override a warning with the reason (hard stops cannot be overridden)</source>
        <translation>огоҳлантиришни сабабини кўрсатиб четлаб ўтиш (қатъий тўсиқларни четлаб ўтиб бўлмайди)</translation>
    </message>
    <message>
        <source>take the hard stops off and make the list final; the reason overrides the remaining warnings</source>
        <translation>қатъий тўсиғи бор шахсларни рўйхатдан чиқариш ва рўйхатни тасдиқлаш; қолган огоҳлантиришлар кўрсатилган сабаб билан четлаб ўтилади</translation>
    </message>
    <message>
        <source>make a final list a draft again</source>
        <translation>тасдиқланган рўйхатни яна қораламага қайтариш</translation>
    </message>
    <message>
        <source>after the flight: who boarded, and who did not (with the reason)</source>
        <translation>рейсдан кейин: ким бортга чиқди, ким чиқмади (сабаби билан)</translation>
    </message>
    <message>
        <source>close a list after the flight</source>
        <translation>рейсдан кейин рўйхатни якунлаш</translation>
    </message>
    <message>
        <source>write the manifest or the reception list as a PDF</source>
        <translation>йўловчилар рўйхатини ёки кутиб олиш рўйхатини PDF кўринишида ёзиш</translation>
    </message>
    <message>
        <source>write the manifest or the reception list as a CSV file</source>
        <translation>йўловчилар рўйхатини ёки кутиб олиш рўйхатини CSV файлга ёзиш</translation>
    </message>
    <message>
        <source>show the return lists</source>
        <translation>қайтиш рўйхатларини кўрсатиш</translation>
    </message>
    <message>
        <source>certificate issue: store this photo first.</source>
        <translation>гувоҳнома бериш: аввал шу суратни сақлаш.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>certificate issue: days of validity (default: the mission&apos;s).</source>
        <translation>гувоҳнома бериш: амал қилиш муддати, кунларда (сукут бўйича — муассаса созламаси).</translation>
    </message>
    <message>
        <source>certificate issue: the receipt of the state duty.</source>
        <translation>гувоҳнома бериш: консуллик йиғими тўлангани ҳақидаги квитанция рақами.</translation>
    </message>
    <message>
        <source>certificate issue: the reason for exemption from the state duty.</source>
        <translation>гувоҳнома бериш: консуллик йиғимидан озод қилиш сабаби.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>сабаб</translation>
    </message>
    <message>
        <source>certificate verify: read the QR code from this image.</source>
        <translation>гувоҳномани текшириш: QR кодни шу расмдан ўқиш.</translation>
    </message>
    <message>
        <source>certificate verify: the mission&apos;s public key file (default: the register&apos;s keys).</source>
        <translation>гувоҳномани текшириш: муассасанинг очиқ калитлари файли (сукут бўйича — реестр калитлари).</translation>
    </message>
    <message>
        <source>return list: the flight number.</source>
        <translation>қайтиш рўйхати: рейс рақами.</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>рейс</translation>
    </message>
    <message>
        <source>return list: the airport of departure (IATA code).</source>
        <translation>қайтиш рўйхати: учиб кетиш аэропорти (IATA коди).</translation>
    </message>
    <message>
        <source>return list: the airport of arrival (IATA code).</source>
        <translation>қайтиш рўйхати: қўниш аэропорти (IATA коди).</translation>
    </message>
    <message>
        <source>return list: the seats for its people.</source>
        <translation>қайтиш рўйхати: ундаги шахслар учун ўринлар сони.</translation>
    </message>
    <message>
        <source>return list: the airline.</source>
        <translation>қайтиш рўйхати: авиакомпания.</translation>
    </message>
    <message>
        <source>return list: the time of departure.</source>
        <translation>қайтиш рўйхати: учиб кетиш вақти.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>вақт</translation>
    </message>
    <message>
        <source>certificate spoil, cancel; return list: the reason (spoiling, cancelling, overrides, reopening, not boarding, taking off).</source>
        <translation>бланкани бузилган деб белгилаш, гувоҳномани бекор қилиш; қайтиш рўйхати: сабаб (бузилган бланка деб белгилаш, бекор қилиш, огоҳлантиришларни четлаб ўтиш, қайта очиш, бортга чиқмаслик, рўйхатдан чиқариш).</translation>
    </message>
    <message>
        <source>return list: %1 or %2.</source>
        <translation>қайтиш рўйхати: тури — %1 ёки %2.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тур</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тил</translation>
    </message>
    <message>
        <source>return list: the paper: %1.</source>
        <translation>қайтиш рўйхати: қоғоз ўлчами: %1.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>қоғоз</translation>
    </message>
    <message>
        <source>%1 needs a case reference and an image file.</source>
        <translation>%1 буйруғи учун иш рақами ва расм файли керак.</translation>
    </message>
    <message>
        <source>%1: photo stored from %2.</source>
        <translation>%1: сурат %2 файлидан сақланди.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 буйруғи учун талаб қилинади: %2.</translation>
    </message>
    <message>
        <source>%1 needs the text of the QR code, or %2 and an image.</source>
        <translation>%1 буйруғи учун QR код матни ёки %2 параметри ва расм керак.</translation>
    </message>
    <message>
        <source>one case reference</source>
        <translation>битта иш рақами</translation>
    </message>
    <message>
        <source>one certificate number</source>
        <translation>битта гувоҳнома рақами</translation>
    </message>
    <message>
        <source>Wrote certificate %1 to %2.</source>
        <translation>%1-сон гувоҳнома %2 га ёзилди.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>аргументлар бўлмаслиги</translation>
    </message>
    <message>
        <source>one file</source>
        <translation>битта файл</translation>
    </message>
    <message>
        <source>“%1” is not a certificate status. Use one of: %2.</source>
        <translation>«%1» гувоҳнома ҳолати эмас. Қуйидагилардан бирини кўрсатинг: %2.</translation>
    </message>
    <message>
        <source>Wrote the register of certificates to %1.</source>
        <translation>Гувоҳномалар реестри %1 га ёзилди.</translation>
    </message>
    <message>
        <source>Wrote %1 public keys of the mission to %2.</source>
        <translation>Муассасанинг %1 та очиқ калити %2 га ёзилди.</translation>
    </message>
    <message>
        <source>unknown certificate subcommand “%1”; use one of: %2.</source>
        <translation>гувоҳномалар учун номаълум қуйи буйруқ: «%1»; қуйидагилардан бирини кўрсатинг: %2.</translation>
    </message>
    <message>
        <source>%1 needs a number of days from %2 to %3.</source>
        <translation>%1 учун %2 дан %3 гача кунлар сони керак.</translation>
    </message>
    <message>
        <source>give either %1 or %2.</source>
        <translation>ё %1, ё %2 ни кўрсатинг.</translation>
    </message>
    <message>
        <source>qaytish-cli: %1: %2</source>
        <translation>Қайтиш: хато: %1: %2</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Унинг амал қилиш муддати %1 да тугаган.</translation>
    </message>
    <message>
        <source>The register records it as “%1”: %2</source>
        <translation>Реестрда у «%1» деб қайд этилган: %2</translation>
    </message>
    <message>
        <source>HARD STOP</source>
        <translation>ҚАТЪИЙ ТЎСИҚ</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>четлаб ўтилган</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>огоҳлантириш</translation>
    </message>
    <message>
        <source>(overridden by %1: %2)</source>
        <translation>(%1 томонидан четлаб ўтилган: %2)</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 учун буйруқ керак: %2.</translation>
    </message>
    <message>
        <source>unknown command “%1 %2”; the commands are: %3.</source>
        <translation>номаълум буйруқ: «%1 %2»; мавжуд буйруқлар: %3.</translation>
    </message>
    <message>
        <source>%1 is written: %2.</source>
        <translation>%1 буйруғининг ёзилиши: %2.</translation>
    </message>
    <message>
        <source>%1 needs a date such as %2.</source>
        <translation>%1 учун сана керак, масалан: %2.</translation>
    </message>
    <message>
        <source>%1 needs a number of seats, 1 or more.</source>
        <translation>%1 учун ўринлар сони керак — 1 ёки ундан кўп.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Қўшилди: %1.</translation>
    </message>
    <message>
        <source>Took %1 off the list.</source>
        <translation>%1-иш рўйхатдан чиқарилди.</translation>
    </message>
    <message>
        <source>The list has no problems.</source>
        <translation>Рўйхатда камчиликлар йўқ.</translation>
    </message>
    <message>
        <source>Overrode “%1”.</source>
        <translation>«%1» огоҳлантириши четлаб ўтилди.</translation>
    </message>
    <message>
        <source>taken off the list: %1</source>
        <translation>рўйхатдан чиқарилди: %1</translation>
    </message>
    <message>
        <source>qaytish-cli: the list was not finalised: override each warning, or give the reason for all of them with %1.</source>
        <translation>Қайтиш: хато: рўйхат тасдиқланмади: ҳар бир огоҳлантиришни четлаб ўтинг ёки барчаси учун сабабни %1 параметрида кўрсатинг.</translation>
    </message>
    <message numerus="yes">
        <source>The list is final: %Ln passenger(s).</source>
        <translation>
            <numerusform>Рўйхат тасдиқланди: %Ln йўловчи.</numerusform>
            <numerusform>Рўйхат тасдиқланди: %Ln йўловчи.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is a draft again.</source>
        <translation>Рўйхат яна қораламага айланди.</translation>
    </message>
    <message>
        <source>%1 boarded.</source>
        <translation>%1: бортга чиқди.</translation>
    </message>
    <message>
        <source>%1 did not board.</source>
        <translation>%1: бортга чиқмади.</translation>
    </message>
    <message>
        <source>The list is completed.</source>
        <translation>Рўйхат якунланди.</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 учун қуйидагилардан бири керак: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln passenger(s) to %1.</source>
        <translation>
            <numerusform>%1 га %Ln та йўловчи ёзилди.</numerusform>
            <numerusform>%1 га %Ln та йўловчи ёзилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>count the cases by status and by condition, as the register window&apos;s dashboard does</source>
        <translation>ишларни ҳолатлар ва шартлар бўйича санаш, реестр ойнасининг кўрсаткичлар панели каби</translation>
    </message>
    <message>
        <source>Conditions: %1 (an identity check waiting longer than the mission&apos;s setting), %2 (an open case&apos;s travel document expiring within the mission&apos;s window), %3 (on a draft or final return list).</source>
        <translation>Шартлар: %1 (шахсни текшириш муассаса созламасидаги муддатдан узоқ жавоб кутмоқда), %2 (очиқ ишнинг йўл ҳужжати муассаса созламасидаги давр ичида тугайди), %3 (қоралама ёки тасдиқланган қайтиш рўйхатида).</translation>
    </message>
    <message>
        <source>list: only cases in this condition.</source>
        <translation>рўйхат: фақат шу шартдаги ишлар.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 аргумент қабул қилмайди.</translation>
    </message>
    <message>
        <source>“%1” is not a condition. Use one of: %2.</source>
        <translation>«%1» шарт эмас. Қуйидагилардан бирини кўрсатинг: %2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; name the register with %2.</source>
        <translation>%1 аргумент қабул қилмайди; реестрни %2 билан кўрсатинг.</translation>
    </message>
    <message>
        <source>%1: a sound register (schema version %2; full check).</source>
        <translation>%1: реестр бутун (схема версияси %2; тўлиқ текширув).</translation>
    </message>
    <message>
        <source>%1: a sound register (schema version %2; quick check; %3 reads every index too).</source>
        <translation>%1: реестр бутун (схема версияси %2; тезкор текширув; %3 барча индексларни ҳам ўқийди).</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore the register from a backup, or copy what can still be read into a new register.</source>
        <translation>Ҳеч нарса ўзгартирилмади. Реестрни захира нусхадан тикланг ёки ҳали ўқиладиган маълумотларни янги реестрга кўчиринг.</translation>
    </message>
    <message>
        <source>create the register, or upgrade it (idempotent); with an administrator (password from %1 or standard input) it gets user accounts</source>
        <translation>реестрни яратиш ёки янгилаш (қайта ишга тушириш хавфсиз); маъмур билан (парол %1 дан ёки стандарт киришдан) реестрда фойдаланувчи ҳисоблари бўлади</translation>
    </message>
    <message>
        <source>add a user; the new password is the next line of standard input</source>
        <translation>фойдаланувчи қўшиш; янги парол — стандарт киришнинг кейинги қатори</translation>
    </message>
    <message>
        <source>show the users and their roles</source>
        <translation>фойдаланувчилар ва уларнинг ролларини кўрсатиш</translation>
    </message>
    <message>
        <source>change your own password, or (administrator) reset another user&apos;s, who must change it at the next sign-in; the new password is the next line of standard input</source>
        <translation>ўз паролингизни алмаштириш ёки (маъмур) бошқа фойдаланувчининг паролини тиклаш — у кейинги киришда уни алмаштириши керак; янги парол — стандарт киришнинг кейинги қатори</translation>
    </message>
    <message>
        <source>disable or enable an account</source>
        <translation>ҳисобни ўчириб қўйиш ёки ёқиш</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Роллар: %1.</translation>
    </message>
    <message>
        <source>A register with user accounts needs %1 and the password, from %2 or the first line of standard input.</source>
        <translation>Фойдаланувчи ҳисоблари бор реестрга %1 ва парол керак: %2 дан ёки стандарт киришнинг биринчи қаторидан.</translation>
    </message>
    <message>
        <source>The user signing in; in a register without accounts, the acting officer (default: the system user).</source>
        <translation>Тизимга кирувчи фойдаланувчи; ҳисобларсиз реестрда — амални бажарувчи мансабдор шахс (сукут бўйича — тизим фойдаланувчиси).</translation>
    </message>
    <message>
        <source>init: the register&apos;s first user, its administrator.</source>
        <translation>реестр яратиш: реестрнинг биринчи фойдаланувчиси, унинг маъмури.</translation>
    </message>
    <message>
        <source>init: a register without user accounts, which asks for no sign-in.</source>
        <translation>реестр яратиш: фойдаланувчи ҳисобларисиз реестр, тизимга кириш сўралмайди.</translation>
    </message>
    <message>
        <source>user add: a role, one of %1 (repeat it for several).</source>
        <translation>фойдаланувчи қўшиш: рол, %1 дан бири (бир нечтаси учун такрорланг).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рол</translation>
    </message>
    <message>
        <source>init, user add: the user&apos;s full name.</source>
        <translation>реестр яратиш, фойдаланувчи қўшиш: фойдаланувчининг тўлиқ исми.</translation>
    </message>
    <message>
        <source>%1 and %2 exclude each other.</source>
        <translation>%1 ва %2 бирга ишлатилмайди.</translation>
    </message>
    <message>
        <source>No password was given for the administrator %1: set %2 or write it on a line of standard input.</source>
        <translation>Маъмур %1 учун парол берилмади: %2 ни белгиланг ёки уни стандарт киришга бир қатор қилиб ёзинг.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts already: add users with %2.</source>
        <translation>%1 реестрида фойдаланувчи ҳисоблари аллақачон бор: фойдаланувчиларни %2 билан қўшинг.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts now: %2 is its administrator, with every role.</source>
        <translation>%1 реестрида энди фойдаланувчи ҳисоблари бор: %2 — унинг барча ролларга эга маъмури.</translation>
    </message>
    <message>
        <source>The register %1 stays without user accounts: it asks for no sign-in.</source>
        <translation>%1 реестри фойдаланувчи ҳисобларисиз қолади: тизимга кириш сўралмайди.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts: give %2 and the password (in %3, or on a line of standard input).</source>
        <translation>%1 реестрида фойдаланувчи ҳисоблари бор: %2 ва паролни беринг (%3 да ёки стандарт киришга бир қатор қилиб).</translation>
    </message>
    <message>
        <source>No password was given for %1: set %2 or write it on a line of standard input.</source>
        <translation>%1 учун парол берилмади: %2 ни белгиланг ёки уни стандарт киришга бир қатор қилиб ёзинг.</translation>
    </message>
    <message>
        <source>An administrator reset the password of %1: choose a new one first with %2.</source>
        <translation>Маъмур %1 паролини тиклади: аввал %2 билан янгисини танланг.</translation>
    </message>
    <message>
        <source>unknown user subcommand “%1”.</source>
        <translation>номаълум қуйи буйруқ: «%1».</translation>
    </message>
    <message>
        <source>%1 needs one user name.</source>
        <translation>%1 учун битта фойдаланувчи номи керак.</translation>
    </message>
    <message>
        <source>“%1” is not a role. Use one of: %2.</source>
        <translation>«%1» рол эмас. Қуйидагилардан бирини ишлатинг: %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one %2.</source>
        <translation>%1 учун камида битта %2 керак.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>%1 ҳисоби ўчириб қўйилди.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>%1 ҳисоби ёқилди.</translation>
    </message>
    <message>
        <source>No new password was given: write it on the next line of standard input.</source>
        <translation>Янги парол берилмади: уни стандарт киришнинг кейинги қаторига ёзинг.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2).</source>
        <translation>%1 фойдаланувчиси қўшилди (%2).</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 пароли алмаштирилди.</translation>
    </message>
    <message>
        <source>The password of %1 is reset; it must be changed at the next sign-in.</source>
        <translation>%1 пароли тикланди; кейинги киришда уни алмаштириш керак.</translation>
    </message>
    <message>
        <source>check that the register is sound, without changing it (%1 reads every index too); exit 0 when it is, 2 when it is damaged or not a register</source>
        <translation>реестрни ўзгартирмасдан унинг бутунлигини текшириш (%1 барча индексларни ҳам ўқийди); бутун бўлса 0, шикастланган ёки реестр бўлмаса 2 билан чиқади</translation>
    </message>
    <message>
        <source>%1: run SQLite&apos;s %2, which reads every index too, instead of %3.</source>
        <translation>%1: %3 ўрнига барча индексларни ҳам ўқийдиган SQLite %2 текширувини бажариш.</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 шикастланган:</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain; exit 1 when an entry was changed, deleted or moved</source>
        <translation>аудит журналининг хеш занжирини текшириш; ёзув ўзгартирилган, ўчирилган ёки кўчирилган бўлса, код 1</translation>
    </message>
    <message>
        <source>show the audit trail, newest first (the values only to officers and consuls)</source>
        <translation>аудит журналини кўрсатиш, аввал янгилари (қийматлар фақат ходимлар ва консулларга)</translation>
    </message>
    <message>
        <source>list the persons whose cases are past the mission&apos;s retention period, or anonymise them (administrator)</source>
        <translation>ишлари ваколатхонанинг сақлаш муддатидан ўтган шахсларни кўрсатиш ёки уларни анонимлаштириш (администратор)</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>рақам</translation>
    </message>
    <message>
        <source>unknown audit subcommand “%1”.</source>
        <translation>номаълум аудит кичик буйруғи “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the audit trail is intact (%n entries; last hash %2).</source>
        <translation>
            <numerusform>%1: аудит журнали бутун (%n та ёзув; охирги хеш %2).</numerusform>
            <numerusform>%1: аудит журнали бутун (%n та ёзув; охирги хеш %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail of %1 was tampered with:</source>
        <translation>%1 аудит журналига аралашилган:</translation>
    </message>
    <message>
        <source>unknown action “%1”; the actions are %2.</source>
        <translation>номаълум ҳаракат “%1”; ҳаракатлар: %2.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (e.g. %3).</source>
        <translation>--%1: “%2” сана эмас (масалан, %3).</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>%1-иш йўқ.</translation>
    </message>
    <message>
        <source>(values hidden)</source>
        <translation>(қийматлар яширилган)</translation>
    </message>
    <message>
        <source>(values erased)</source>
        <translation>(қийматлар ўчирилган)</translation>
    </message>
    <message>
        <source>unknown retention subcommand “%1”.</source>
        <translation>сақлаш муддатининг номаълум кичик буйруғи “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be anonymised.</source>
        <translation>
            <numerusform>%n та шахс анонимлаштирилади.</numerusform>
            <numerusform>%n та шахс анонимлаштирилади.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from each:</source>
        <translation>Ҳар биридан ўчирилади:</translation>
    </message>
    <message>
        <source>Kept: the cases, their dates and statuses, sex, nationality.</source>
        <translation>Сақланади: ишлар, уларнинг саналари ва ҳолатлари, жинси, фуқаролиги.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n та шахс анонимлаштирилди.</numerusform>
            <numerusform>%n та шахс анонимлаштирилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: print at most this many.</source>
        <translation>%1: кўпи билан шунча чиқариш.</translation>
    </message>
    <message>
        <source>%1: only what this user did.</source>
        <translation>%1: фақат шу фойдаланувчи қилган ишлар.</translation>
    </message>
    <message>
        <source>%1: only this action, one of %2.</source>
        <translation>%1: фақат шу ҳаракат, қуйидагилардан бири: %2.</translation>
    </message>
    <message>
        <source>%1: only entries about this case&apos;s person.</source>
        <translation>%1: фақат шу ишдаги шахс ҳақидаги ёзувлар.</translation>
    </message>
    <message>
        <source>%1: from this day on.</source>
        <translation>%1: шу кундан бошлаб.</translation>
    </message>
    <message>
        <source>%1: up to this day.</source>
        <translation>%1: шу кунгача.</translation>
    </message>
    <message>
        <source>%1 must be a positive number.</source>
        <translation>%1 мусбат сон бўлиши керак.</translation>
    </message>
    <message>
        <source>write everything the register holds about the person of the case (a subject-access request): a PDF report, or JSON by the file&apos;s extension; the export is recorded in the audit trail</source>
        <translation>иш тегишли бўлган шахс ҳақида реестрда сақланаётган барча маълумотларни ёзиш (шахснинг ўз маълумотлари билан танишиш сўрови): файл кенгайтмасига қараб PDF ҳисобот ёки JSON; экспорт аудит журналида қайд этилади</translation>
    </message>
    <message>
        <source>write a consistent copy of the whole register to FILE (administrator); with %1 it is sealed with the passphrase on the next line of standard input</source>
        <translation>бутун реестрнинг яхлит нусхасини файлга ёзиш (администратор); %1 билан у стандарт киришнинг кейинги қаторидаги парол ибораси билан шифрланади</translation>
    </message>
    <message>
        <source>replace the register by a backup after checking the whole of it; the register as it was is kept as a safety copy (administrator, when the register has accounts)</source>
        <translation>реестрни захира нусхани тўлиқ текширгандан сўнг у билан алмаштириш; аввалги реестр эҳтиёт нусха сифатида сақланади (реестрда ҳисоблар бўлса, администратор)</translation>
    </message>
    <message>
        <source>certificate pdf, public-key; return-list pdf, csv; subject-access: the file to write.</source>
        <translation>гувоҳнома PDF кўринишида, очиқ калитлар; қайтиш рўйхати PDF ёки CSV кўринишида; шахс маълумотлари экспорти: ёзиладиган файл.</translation>
    </message>
    <message>
        <source>return list, subject-access: the language of the PDF: %1.</source>
        <translation>қайтиш рўйхати, шахс маълумотлари экспорти: PDF тили: %1.</translation>
    </message>
    <message>
        <source>backup, restore: the backup&apos;s passphrase is the next line of standard input (after the sign-in password when that comes from there too).</source>
        <translation>захира нусха, тиклаш: захира нусханинг парол ибораси стандарт киришнинг кейинги қатори (агар кириш пароли ҳам у ердан олинса, ундан кейин).</translation>
    </message>
    <message>
        <source>backup: replace FILE when it exists.</source>
        <translation>захира нусха: файл мавжуд бўлса, уни алмаштириш.</translation>
    </message>
    <message>
        <source>%1 needs one file to write: %2.</source>
        <translation>%1 учун ёзиладиган битта файл керак: %2.</translation>
    </message>
    <message>
        <source>No passphrase was given for the backup %1: write it on the next line of standard input.</source>
        <translation>%1 захира нусхаси учун парол ибораси берилмади: уни стандарт киришнинг кейинги қаторига ёзинг.</translation>
    </message>
    <message>
        <source>Give %1 to replace it.</source>
        <translation>Уни алмаштириш учун %1 ни беринг.</translation>
    </message>
    <message>
        <source>The register %1 was backed up to %2, sealed with the passphrase (%3 bytes).</source>
        <translation>%1 реестрининг захира нусхаси %2 га ёзилди ва парол ибораси билан шифрланди (%3 байт).</translation>
    </message>
    <message>
        <source>The register %1 was backed up to %2, not sealed: anyone who has the file can read it (%3 bytes).</source>
        <translation>%1 реестрининг захира нусхаси %2 га шифрланмасдан ёзилди: файлга эга бўлган ҳар ким уни ўқий олади (%3 байт).</translation>
    </message>
    <message>
        <source>%1 needs one backup file: %2.</source>
        <translation>%1 учун битта захира нусха файли керак: %2.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup: its passphrase is needed. Give %2 and write the passphrase on the next line of standard input.</source>
        <translation>%1 — шифрланган захира нусха: унинг парол ибораси керак. %2 ни беринг ва парол иборасини стандарт киришнинг кейинги қаторига ёзинг.</translation>
    </message>
    <message>
        <source>The register %1 was made from the backup %2.</source>
        <translation>%1 реестри %2 захира нусхасидан яратилди.</translation>
    </message>
    <message>
        <source>The register %1 was restored from the backup %2. The register as it was is kept as %3.</source>
        <translation>%1 реестри %2 захира нусхасидан тикланди. Аввалги реестр %3 сифатида сақланди.</translation>
    </message>
    <message>
        <source>Wrote everything about the person of case %1 to %2.</source>
        <translation>%1 иши бўйича шахс ҳақидаги барча маълумотлар %2 файлига ёзилди.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s); cases returned or closed before %1.</source>
        <translation>
            <numerusform>Сақлаш муддати: %n йил; %1 дан олдин қайтган ёки ёпилган ишлар.</numerusform>
            <numerusform>Сақлаш муддати: %n йил; %1 дан олдин қайтган ёки ёпилган ишлар.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Бекор қилинди: файл ёзилмади.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The row has %1 fields, but the header has %2.</source>
        <translation>Қаторда %1 та майдон бор, сарлавҳада эса %2 та.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 30.04.2025 or 2025-04-30).</source>
        <translation>«%1» сана эмас (30.04.2025 ёки 2025-04-30 кўринишида ёзинг).</translation>
    </message>
    <message>
        <source>“%1” has no comma between the surname and the given names.</source>
        <translation>«%1» қийматида фамилия билан исм орасида вергул йўқ.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The file writes dates with slashes (“%1” on line %2), which can be read day first or month first. Nothing was imported: choose the date format (%3, %4 or %5).</source>
        <translation>Файлда саналар қия чизиқ билан ёзилган (%2-қаторда «%1»), уларда аввал кун ҳам, аввал ой ҳам келиши мумкин. Ҳеч нарса импорт қилинмади: сана форматини танланг (%3, %4 ёки %5).</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line with column names.</source>
        <translation>%1 бўш: устун номлари ёзилган сарлавҳа қатори йўқ.</translation>
    </message>
    <message>
        <source>No column of the first line of %1 is known (surname, given names, date of birth, ...): it has no recognisable header.</source>
        <translation>%1: биринчи қатордаги бирорта устун танилмади (фамилия, исм, туғилган сана, ...): таниб бўладиган сарлавҳа йўқ.</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Фамилия (лотинча)</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Исм (лотинча)</translation>
    </message>
    <message>
        <source>Patronymic (Latin)</source>
        <translation>Отасининг исми (лотинча)</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Фамилия (кириллча)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Исм (кириллча)</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic)</source>
        <translation>Отасининг исми (кириллча)</translation>
    </message>
    <message>
        <source>Surname, given names (one column)</source>
        <translation>Фамилия, исм (битта устун)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жинси</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туғилган сана</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туғилган жой</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Фуқаролиги</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Паспорт рақами</translation>
    </message>
    <message>
        <source>Passport expiry date</source>
        <translation>Паспортнинг амал қилиш муддати</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>ЖШШИР</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>А-рақам</translation>
    </message>
    <message>
        <source>Visa class</source>
        <translation>Виза тури</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Кирган сана</translation>
    </message>
    <message>
        <source>Authorised stay until</source>
        <translation>Рухсат этилган муддат</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Сақлаш жойи</translation>
    </message>
    <message>
        <source>Phone (contact abroad)</source>
        <translation>Телефон (хориждаги алоқа)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Изоҳлар</translation>
    </message>
    <message>
        <source>Case reference (not imported)</source>
        <translation>Иш рақами (импорт қилинмайди)</translation>
    </message>
    <message>
        <source>Status (not imported)</source>
        <translation>Ҳолат (импорт қилинмайди)</translation>
    </message>
    <message>
        <source>“%1” can be read day first or month first: choose the date format.</source>
        <translation>«%1» да аввал кун ҳам, аввал ой ҳам келиши мумкин: сана форматини танланг.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>%1 файлидан импорт қилинган.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Бекор қилинди: ҳеч нарса импорт қилинмади.</translation>
    </message>
    <message>
        <source>PINFL %1</source>
        <translation>ЖШШИР %1</translation>
    </message>
    <message>
        <source>passport number %1</source>
        <translation>паспорт рақами %1</translation>
    </message>
    <message>
        <source>the date of birth and the name of %1</source>
        <translation>туғилган сана ва исм (%1)</translation>
    </message>
    <message>
        <source>Exported by (not imported)</source>
        <translation>Ким экспорт қилган (импорт қилинмайди)</translation>
    </message>
    <message>
        <source>Exported at (not imported)</source>
        <translation>Қачон экспорт қилинган (импорт қилинмайди)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файлни ўқиб бўлмади.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data). Choose a CSV file.</source>
        <translation>Бу матнли файл эмас (унда иккилик маълумотлар бор). CSV файлни танланг.</translation>
    </message>
    <message>
        <source>The file holds binary data after line %1: it is not a CSV file.</source>
        <translation>Файлда %1-қатордан кейин иккилик маълумотлар бор: бу CSV файл эмас.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote character (&quot;) is missing.</source>
        <translation>%1-қаторда бошланган қўштирноқли майдон ёпилмаган: қўштирноқ белгиси (&quot;) етишмайди.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 million characters; a quote character (&quot;) is probably missing.</source>
        <translation>%1-қаторда бошланган ёзув %2 миллион белгидан узун; эҳтимол, қўштирноқ белгиси (&quot;) етишмайди.</translation>
    </message>
    <message>
        <source>The file is in %1, which the import does not read. Save it as CSV in %2 or %3.</source>
        <translation>Файл %1 кодлашида, импорт уни ўқимайди. Уни CSV сифатида %2 ёки %3 кодлашида сақланг.</translation>
    </message>
    <message>
        <source>The encoding of the file is not known: it is neither %1 nor %2. Save it as CSV in %1.</source>
        <translation>Файлнинг кодлаши аниқланмади: у %1 ҳам, %2 ҳам эмас. Уни CSV сифатида %1 кодлашида сақланг.</translation>
    </message>
    <message>
        <source>The file is not valid %1 near line %2. If it comes from an older spreadsheet, choose the encoding %3.</source>
        <translation>Файл %2-қатор атрофида %1 кодлашига мос эмас. Агар у эски электрон жадвал дастурида яратилган бўлса, %3 кодлашини танланг.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 is busy: another Qaytish window or program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>%1 реестри банд: унга бошқа Қайтиш ойнаси ёки дастури ёзмоқда. Ҳеч нарса ўзгартирилмади; бироздан кейин қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be read (%2). Restore it from a backup or open another register.</source>
        <translation>%1 реестри шикастланган ва уни ўқиб бўлмайди (%2). Уни захира нусхадан тикланг ёки бошқа реестрни очинг.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>%1 жойлашган дискда бўш жой қолмаган. Ҳеч нарса ўзгартирилмади; жой бўшатинг ва қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>The register %1 refused a value: %2.</source>
        <translation>%1 реестри қийматни рад этди: %2.</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation>%1 да маълумотлар базасининг кутилмаган хатоси: %2</translation>
    </message>
    <message>
        <source>No register file was given.</source>
        <translation>Реестр файли кўрсатилмаган.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file. Choose a file inside it or another file.</source>
        <translation>%1 — реестр файли эмас, балки жилд. Ундаги файлни ёки бошқа файлни танланг.</translation>
    </message>
    <message>
        <source>The register %1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>%1 реестрини ўқиб бўлмаяпти: %2. Файлга кириш ҳуқуқларини текширинг.</translation>
    </message>
    <message>
        <source>%1 is not a Qaytish register: it is not a database file at all. It was left unchanged.</source>
        <translation>%1 Қайтиш реестри эмас: у умуман маълумотлар базаси файли эмас. Файл ўзгартирилмади.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Qaytish register. It was left unchanged.</source>
        <translation>%1 — бошқа дастурнинг маълумотлар базаси, Қайтиш реестри эмас. Файл ўзгартирилмади.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: open it with the newer version.</source>
        <translation>%1 Қайтишнинг янгироқ версиясида ёзилган (реестр версияси %2; бу версия %3 гача ўқий олади). Файл ўзгартирилмади: уни янгироқ версияда очинг.</translation>
    </message>
    <message>
        <source>The register %1 is read-only. Copy it to a folder you may write to, or ask for write permission.</source>
        <translation>%1 реестри фақат ўқиш учун. Уни ёзиш мумкин бўлган жилдга нусхаланг ёки ёзиш ҳуқуқини сўранг.</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>%1 реестри мавжуд эмас.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 жилди мавжуд эмас.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish. It was left unchanged: open it with the newer version.</source>
        <translation>%1 Қайтишнинг янгироқ версиясида ёзилган. Файл ўзгартирилмади: уни янгироқ версияда очинг.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Бу йиғмада %1 миграцияси йўқ.</translation>
    </message>
    <message>
        <source>The register %1 cannot be written or read (%2). Nothing was changed. Check that the file and its folder may be written to and that the disk has free space.</source>
        <translation>%1 реестрига ёзиб ёки уни ўқиб бўлмади (%2). Ҳеч нарса ўзгартирилмади. Файл ва унинг жилдига ёзиш мумкинлигини ҳамда дискда бўш жой борлигини текширинг.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo cases must be at least 1.</source>
        <translation>Намунавий ишлар сони камида 1 та бўлиши керак.</translation>
    </message>
    <message>
        <source>The register %1 already holds cases. Demo cases are only written to a new, empty register.</source>
        <translation>%1 реестрида аллақачон ишлар бор. Намунавий ишлар фақат янги, бўш реестрга ёзилади.</translation>
    </message>
    <message>
        <source>Left the country on their own.</source>
        <translation>Мамлакатни ўзи тарк этган.</translation>
    </message>
    <message>
        <source>Found to be a citizen of another country.</source>
        <translation>Бошқа давлат фуқароси экани аниқланди.</translation>
    </message>
    <message>
        <source>Legal status granted by the host country.</source>
        <translation>Қабул қилувчи давлат қонуний мақом берди.</translation>
    </message>
    <message>
        <source>Demo record: a fictional person.</source>
        <translation>Намунавий ёзув: тўқима шахс.</translation>
    </message>
    <message>
        <source>Identity request %1 sent.</source>
        <translation>%1-сон шахсни тасдиқлаш сўрови юборилди.</translation>
    </message>
    <message>
        <source>Cancelled: no demo case was written.</source>
        <translation>Бекор қилинди: бирорта ҳам намунавий иш ёзилмади.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Хўп</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Йўқ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Ўзгаришларни сақламаслик</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same PINFL</source>
        <translation>ЖШШИР бир хил</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>паспорт рақами бир хил</translation>
    </message>
    <message>
        <source>same date of birth and a matching name</source>
        <translation>туғилган сана бир хил ва исм мос келади</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 га ёзиб бўлмади: %2</translation>
    </message>
    <message>
        <source>%1 was not kept, because its export could not be recorded in the audit trail: %2</source>
        <translation>%1 сақланмади, чунки унинг экспортини аудит журналига ёзиб бўлмади: %2</translation>
    </message>
</context>
<context>
    <name>MissionSettingsStore</name>
    <message>
        <source>The document number prefix must be 1 to 8 capital Latin letters or digits.</source>
        <translation>Ҳужжат рақами префикси 1 дан 8 тагача лотин бош ҳарфлари ёки рақамлардан иборат бўлиши керак.</translation>
    </message>
    <message>
        <source>The validity of a certificate must be %1 to %2 days (one to three months).</source>
        <translation>Гувоҳноманинг амал қилиш муддати %1 дан %2 кунгача (бир ойдан уч ойгача) бўлиши керак.</translation>
    </message>
    <message>
        <source>The passport margin must be 0 to 365 days.</source>
        <translation>Паспорт учун муҳлат 0 дан 365 кунгача бўлиши керак.</translation>
    </message>
    <message>
        <source>The stored photo must be 200 × 250 to 2000 × 2600 pixels.</source>
        <translation>Сақланадиган сурат 200 × 250 дан 2000 × 2600 пикселгача бўлиши керак.</translation>
    </message>
    <message>
        <source>The smallest accepted photo must be at least 100 × 130 pixels.</source>
        <translation>Қабул қилинадиган энг кичик сурат камида 100 × 130 пиксел бўлиши керак.</translation>
    </message>
    <message>
        <source>The days after which an identity check is overdue must be 1 to 3650.</source>
        <translation>Шахсни текшириш муддати ўтган ҳисобланадиган кунлар сони 1 дан 3650 гача бўлиши керак.</translation>
    </message>
    <message>
        <source>The mission&apos;s name is needed in Uzbek and in Russian.</source>
        <translation>Муассаса номи ўзбек ва рус тилларида керак.</translation>
    </message>
    <message>
        <source>The document title is needed in Uzbek and in Russian.</source>
        <translation>Ҳужжат сарлавҳаси ўзбек ва рус тилларида керак.</translation>
    </message>
    <message>
        <source>English on documents needs the mission&apos;s name and the document title in English.</source>
        <translation>Ҳужжатларда инглизча матн учун муассаса номи ва ҳужжат сарлавҳаси инглиз тилида керак.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as %1.</source>
        <translation>Валюта уч ҳарфли код бўлиши керак, масалан, %1.</translation>
    </message>
    <message>
        <source>The paper size must be %1 or %2.</source>
        <translation>Қоғоз ўлчами %1 ёки %2 бўлиши керак.</translation>
    </message>
    <message>
        <source>The consular fee for an adult must be an amount such as 60 or 60.00.</source>
        <translation>Вояга етган шахс учун консуллик йиғими сумма бўлиши керак, масалан, 60 ёки 60.00.</translation>
    </message>
    <message>
        <source>The consular fee for a minor must be an amount such as 10 or 10.00.</source>
        <translation>Вояга етмаган шахс учун консуллик йиғими сумма бўлиши керак, масалан, 10 ёки 10.00.</translation>
    </message>
    <message>
        <source>The days before a travel document expires that it is counted as expiring must be 1 to 365.</source>
        <translation>Йўл ҳужжати муддати тугаётган деб ҳисобланадиган кунлар сони 1 дан 365 гача бўлиши керак.</translation>
    </message>
    <message>
        <source>The daily safety copies kept must be 1 to 60.</source>
        <translation>Сақланадиган кундалик эҳтиёт нусхалар сони 1 дан 60 гача бўлиши керак.</translation>
    </message>
    <message>
        <source>The retention period must be 1 to 30 years.</source>
        <translation>Сақлаш муддати 1 йилдан 30 йилгача бўлиши керак.</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>Line %1, position %2: %3 cannot stand in a machine readable zone, which has only A-Z, 0-9 and &lt;.</source>
        <translation>%1-сатр, %2-белги: %3 машинада ўқиладиган зонада бўлиши мумкин эмас, унда фақат лотин алифбосининг бош ҳарфлари, 0–9 рақамлари ва &lt; белгиси бўлади.</translation>
    </message>
    <message numerus="yes">
        <source>A machine readable zone has 2 lines (passport) or 3 lines (identity card), but %n line(s) were given.</source>
        <translation>
            <numerusform>Машинада ўқиладиган зона 2 сатрдан (паспорт) ёки 3 сатрдан (идентификация картаси) иборат, лекин %n та сатр киритилди.</numerusform>
            <numerusform>Машинада ўқиладиган зона 2 сатрдан (паспорт) ёки 3 сатрдан (идентификация картаси) иборат, лекин %n та сатр киритилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has %2 characters, but a line of a machine readable zone has 44 (passport, TD3), 36 (TD2) or 30 (identity card, TD1).</source>
        <translation>%1-сатрда %2 та белги бор, лекин машинада ўқиладиган зона сатри 44 (паспорт, ТД3), 36 (ТД2) ёки 30 (идентификация картаси, ТД1) белгидан иборат бўлади.</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters, but line 1 has %3: all lines of a machine readable zone have the same length.</source>
        <translation>%1-сатрда %2 та белги, 1-сатрда эса %3 та: машинада ўқиладиган зонанинг барча сатрлари бир хил узунликда бўлади.</translation>
    </message>
    <message>
        <source>A machine readable zone of 3 lines is an identity card (TD1) with 30 characters a line, but line 1 has %1.</source>
        <translation>3 сатрли машинада ўқиладиган зона — бу ҳар бир сатрида 30 та белги бўлган идентификация картаси (ТД1), лекин 1-сатрда %1 та белги бор.</translation>
    </message>
    <message>
        <source>Lines of 30 characters are an identity card zone (TD1), which has 3 lines, but 2 were given.</source>
        <translation>30 белгили сатрлар идентификация картасининг зонаси (ТД1) бўлиб, у 3 сатрдан иборат, лекин 2 та сатр киритилди.</translation>
    </message>
    <message>
        <source>Line %1, positions %2-%3: the %4 “%5” is not a date (YYMMDD).</source>
        <translation>%1-сатр, %2–%3-белгилар: %4 «%5» сана эмас (ЙЙООКК).</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туғилган сана</translation>
    </message>
    <message>
        <source>date of expiry</source>
        <translation>амал қилиш муддати</translation>
    </message>
    <message>
        <source>Line %1, position %2: the sex is M, F, X or &lt;, not %3.</source>
        <translation>%1-сатр, %2-белги: жинс эркак, аёл ёки кўрсатилмаган жинсни билдирувчи лотин ҳарфи ёхуд &lt; белгиси билан белгиланади, %3 билан эмас.</translation>
    </message>
    <message>
        <source>No machine readable zone was given: it has 2 or 3 lines of A-Z, 0-9 and &lt;.</source>
        <translation>Машинада ўқиладиган зона киритилмаган: у лотин алифбосининг бош ҳарфлари, 0–9 рақамлари ва &lt; белгисидан иборат 2 ёки 3 сатрдан ташкил топади.</translation>
    </message>
    <message>
        <source>Line 1, position 1: “V” is a visa. Qaytish reads the zones of passports and identity cards (TD3, TD2, TD1), not of visas.</source>
        <translation>1-сатр, 1-белги: бу ҳарф визани билдиради. Қайтиш паспорт ва идентификация карталарининг (ТД3, ТД2, ТД1) зоналарини ўқийди, визаларникини эмас.</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>ҳужжат рақами</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>шахсий рақам</translation>
    </message>
    <message>
        <source>composite (whole zone)</source>
        <translation>умумий (бутун зона бўйича)</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password is empty.</source>
        <translation>Парол бўш.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>Парол жуда қисқа: камида %1 та белги керак.</translation>
    </message>
    <message>
        <source>The password must not be the user&apos;s name.</source>
        <translation>Парол фойдаланувчи номи билан бир хил бўлмаслиги керак.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Криптографик кутубхонани ишга тушириб бўлмайди.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Паролни ҳимоялаш учун хотира етарли эмас.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 may not do this: it needs the %2 role.</source>
        <translation>%1 буни бажара олмайди: «%2» роли керак.</translation>
    </message>
    <message>
        <source>%1 may not do this: it needs one of the roles %2.</source>
        <translation>%1 буни бажара олмайди: қуйидаги роллардан бири керак: %2.</translation>
    </message>
    <message>
        <source>This register has user accounts: sign in first.</source>
        <translation>Бу реестрда фойдаланувчи ҳисоблари бор: аввал тизимга киринг.</translation>
    </message>
    <message>
        <source>The user %1 is not an account of this register: sign in again.</source>
        <translation>%1 фойдаланувчисининг бу реестрда ҳисоби йўқ: қайтадан киринг.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>%1 ҳисоби ўчириб қўйилган: маъмурга мурожаат қилинг.</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>ходим</translation>
    </message>
    <message>
        <source>consul</source>
        <translation>консул</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>маъмур</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>тафтишчи</translation>
    </message>
</context>
<context>
    <name>PersonLinks</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>%1 рақамли иш мавжуд эмас.</translation>
    </message>
    <message>
        <source>A person can only be linked with another person.</source>
        <translation>Шахсни фақат бошқа шахс билан боғлаш мумкин.</translation>
    </message>
</context>
<context>
    <name>PersonPhotoStore</name>
    <message>
        <source>The case is not in the register.</source>
        <translation>Иш реестрда йўқ.</translation>
    </message>
    <message>
        <source>The photo is not a JPEG image.</source>
        <translation>Сурат JPEG расм эмас.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 JPEG ёки PNG расм эмас.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 ни расм сифатида ўқиб бўлмади: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 файли мавжуд эмас.</translation>
    </message>
    <message>
        <source>The photo is too small: the face area is %1 × %2 pixels; at least %3 × %4 are needed. Use a sharper photo or zoom out.</source>
        <translation>Сурат жуда кичик: юз қисми %1 × %2 пиксел, камида %3 × %4 пиксел керак. Аниқроқ суратдан фойдаланинг ёки масштабни кичрайтиринг.</translation>
    </message>
    <message>
        <source>The crop lies outside the photo.</source>
        <translation>Кесиб олинадиган қисм сурат чегарасидан ташқарида.</translation>
    </message>
    <message>
        <source>The photo cannot be encoded: %1</source>
        <translation>Суратни кодлаб бўлмади: %1</translation>
    </message>
</context>
<context>
    <name>Pinfl</name>
    <message>
        <source>The PINFL may contain only digits, but character %1 is &quot;%2&quot;.</source>
        <translation>ЖШШИР фақат рақамлардан иборат бўлиши керак, лекин %1-белги «%2».</translation>
    </message>
    <message numerus="yes">
        <source>A PINFL has 14 digits, but %n digit(s) were entered.</source>
        <translation>
            <numerusform>ЖШШИР 14 та рақамдан иборат, лекин %n та рақам киритилди.</numerusform>
            <numerusform>ЖШШИР 14 та рақамдан иборат, лекин %n та рақам киритилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first digit of a PINFL gives the century of birth and the sex and must be 1 to 6, but it is %1.</source>
        <translation>ЖШШИРнинг биринчи рақами туғилган аср ва жинсни билдиради ва 1 дан 6 гача бўлиши керак, лекин у %1.</translation>
    </message>
    <message>
        <source>Digits 2 to 7 of a PINFL are the date of birth (DDMMYY), but %1 is not a real date (day %2, month %3, year %4).</source>
        <translation>ЖШШИРнинг 2–7-рақамлари туғилган санани билдиради (ККООЙЙ), лекин %1 мавжуд сана эмас (кун %2, ой %3, йил %4).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer did not take the document.</source>
        <translation>Принтер ҳужжатни қабул қилмади.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The image is empty.</source>
        <translation>Расм бўш.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Расмда QR код топилмади.</translation>
    </message>
</context>
<context>
    <name>RegisterCheck</name>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>%1 реестри мавжуд эмас.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Qaytish register.</source>
        <translation>%1 — бўш файл, Қайтиш реестри эмас.</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: %1</source>
        <translation>SQLite файлни ўқий олмайди: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: check it with the newer version.</source>
        <translation>%1 Қайтишнинг янгироқ версиясида ёзилган (реестр версияси %2; бу версия %3 гача ўқийди). Файл ўзгартирилмади: уни янгироқ версия билан текширинг.</translation>
    </message>
    <message>
        <source>SQLite finds: %1</source>
        <translation>SQLite аниқлади: %1</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 refers to a row of %3 that does not exist.</source>
        <translation>%2 жадвалининг %1-қатори %3 жадвалининг мавжуд бўлмаган қаторига ҳавола қилади.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: %2 recorded, but the highest number is %3; numbers are missing.</source>
        <translation>%1 гувоҳнома рақамлари: %2 та ёзилган, аммо энг катта рақам %3; рақамлар етишмайди.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: the counter stands behind the highest number issued, %2.</source>
        <translation>%1 гувоҳнома рақамлари: ҳисоблагич берилган энг катта рақамдан (%2) орқада.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: numbers up to %2 were issued, but the register holds them only up to %3.</source>
        <translation>%1 гувоҳнома рақамлари: %2 гача рақамлар берилган, аммо реестрда улар фақат %3 гача бор.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: numbers up to %2 were issued, but the register holds none of them.</source>
        <translation>%1 гувоҳнома рақамлари: %2 гача рақамлар берилган, аммо реестрда уларнинг бирортаси ҳам йўқ.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>names in both scripts, birth date and place</source>
        <translation>иккала ёзувдаги исмлар, туғилган сана ва жой</translation>
    </message>
    <message>
        <source>PINFL, passport and host-country reference</source>
        <translation>ЖШШИР, паспорт ва қабул қилувчи давлатдаги рақам</translation>
    </message>
    <message>
        <source>contacts abroad and at home, family group</source>
        <translation>чет элдаги ва ватандаги алоқа маълумотлари, оила гуруҳи</translation>
    </message>
    <message>
        <source>notes, comments, operational needs, interview details, receivers at home</source>
        <translation>изоҳлар, шарҳлар, амалий эҳтиёжлар, суҳбат тафсилотлари, ватанда кутиб олувчилар</translation>
    </message>
    <message>
        <source>the photo, and the names and photo on certificates (their numbers, dates and statuses stay)</source>
        <translation>сурат, шунингдек гувоҳномалардаги исмлар ва сурат (уларнинг рақамлари, саналари ва ҳолатлари қолади)</translation>
    </message>
    <message>
        <source>the person&apos;s key to the audit trail: the values recorded there can no longer be read</source>
        <translation>шахснинг аудит журнали калити: у ерда ёзилган қийматларни энди ўқиб бўлмайди</translation>
    </message>
    <message numerus="yes">
        <source>The %n safety copies beside the register hold the data to be removed: they will be deleted and a new copy made.</source>
        <translation>
            <numerusform>Реестр ёнидаги %n та эҳтиёт нусхада ўчириладиган маълумотлар бор: улар ўчирилади ва янги нусха олинади.</numerusform>
            <numerusform>Реестр ёнидаги %n та эҳтиёт нусхада ўчириладиган маълумотлар бор: улар ўчирилади ва янги нусха олинади.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before still hold it until they are destroyed.</source>
        <translation>Аввал олинган захира нусхаларда бу маълумотлар улар йўқ қилинмагунча сақланиб қолади.</translation>
    </message>
    <message numerus="yes">
        <source>%n safety copies made before were deleted.</source>
        <translation>
            <numerusform>Аввал олинган %n та эҳтиёт нусха ўчирилди.</numerusform>
            <numerusform>Аввал олинган %n та эҳтиёт нусха ўчирилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new safety copy was made: %1</source>
        <translation>Янги эҳтиёт нусха олинди: %1</translation>
    </message>
    <message>
        <source>No new safety copy could be made: %1</source>
        <translation>Янги эҳтиёт нусха олиб бўлмади: %1</translation>
    </message>
    <message>
        <source>These safety copies could not be deleted and still hold the removed data; delete them by hand: %1</source>
        <translation>Бу эҳтиёт нусхаларни ўчириб бўлмади, уларда ўчирилган маълумотлар қолмоқда; уларни қўлда ўчиринг: %1</translation>
    </message>
    <message>
        <source>Backups made before still hold the removed data until they are destroyed.</source>
        <translation>Аввал олинган захира нусхаларда ўчирилган маълумотлар улар йўқ қилинмагунча сақланиб қолади.</translation>
    </message>
</context>
<context>
    <name>ReturnListRepository</name>
    <message>
        <source>Court stay of removal</source>
        <translation>Чиқариб юбориш суд томонидан тўхтатилган</translation>
    </message>
    <message>
        <source>“Do not board” instruction</source>
        <translation>«Бортга чиқарилмасин» кўрсатмаси</translation>
    </message>
    <message>
        <source>Unaccompanied minor without a confirmed receiver</source>
        <translation>Кузатиб борувчисиз вояга етмаган, кутиб олувчи тасдиқланмаган</translation>
    </message>
    <message>
        <source>Case closed or returned</source>
        <translation>Иш ёпилган ёки шахс қайтган</translation>
    </message>
    <message>
        <source>Family member not on this list</source>
        <translation>Оила аъзоси бу рўйхатда йўқ</translation>
    </message>
    <message>
        <source>Minor without a guardian or escort on the list</source>
        <translation>Рўйхатда васийси ёки кузатиб борувчиси бўлмаган вояга етмаган</translation>
    </message>
    <message>
        <source>Travel document expires too soon</source>
        <translation>Йўл ҳужжатининг амал қилиш муддати жуда эрта тугайди</translation>
    </message>
    <message>
        <source>On another open list</source>
        <translation>Бошқа очиқ рўйхатда</translation>
    </message>
    <message>
        <source>Capacity exceeded</source>
        <translation>Ўринлар сонидан ошиб кетган</translation>
    </message>
    <message>
        <source>Document not yet issued</source>
        <translation>Ҳужжат ҳали берилмаган</translation>
    </message>
    <message>
        <source>The flight number is missing.</source>
        <translation>Рейс рақами кўрсатилмаган.</translation>
    </message>
    <message>
        <source>“%1” is not a flight number: the airline&apos;s code and the number, e.g. %2.</source>
        <translation>«%1» рейс рақами эмас: авиакомпания коди ва рақамни кўрсатинг, масалан %2.</translation>
    </message>
    <message>
        <source>The flight date is missing or not a date.</source>
        <translation>Рейс санаси кўрсатилмаган ёки нотўғри.</translation>
    </message>
    <message>
        <source>“%1” is not a time of departure: write hours and minutes, e.g. %2.</source>
        <translation>«%1» учиб кетиш вақти эмас: соат ва дақиқани ёзинг, масалан %2.</translation>
    </message>
    <message>
        <source>The airport of departure “%1” is not an IATA code of three letters, e.g. %2.</source>
        <translation>Учиб кетиш аэропорти «%1» уч ҳарфли IATA коди эмас (масалан, %2).</translation>
    </message>
    <message>
        <source>The airport of arrival “%1” is not an IATA code of three letters, e.g. %2.</source>
        <translation>Қўниш аэропорти «%1» уч ҳарфли IATA коди эмас (масалан, %2).</translation>
    </message>
    <message>
        <source>The airports of departure and arrival are both %1.</source>
        <translation>Учиб кетиш ва қўниш аэропортлари бир хил: %1.</translation>
    </message>
    <message>
        <source>The capacity must be a number of seats from 0 (not set) upwards.</source>
        <translation>Ўринлар сони 0 (белгиланмаган) ёки ундан катта бутун сон бўлиши керак.</translation>
    </message>
    <message>
        <source>There is no return list %1 in the register.</source>
        <translation>Реестрда %1-сон қайтиш рўйхати йўқ.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a return list.</source>
        <translation>«%1» қайтиш рўйхатининг рақами эмас.</translation>
    </message>
    <message>
        <source>The list of flight %1 on %2 is final: reopen it (with the reason) before changing it.</source>
        <translation>%2 санадаги %1 рейси рўйхати тасдиқланган: уни ўзгартиришдан олдин (сабабини кўрсатиб) қайта очинг.</translation>
    </message>
    <message>
        <source>The list of flight %1 on %2 is completed and cannot change.</source>
        <translation>%2 санадаги %1 рейси рўйхати якунланган ва уни ўзгартириб бўлмайди.</translation>
    </message>
    <message>
        <source>The escort&apos;s name is missing.</source>
        <translation>Кузатиб борувчининг исми кўрсатилмаган.</translation>
    </message>
    <message>
        <source>There is no such escort on the list.</source>
        <translation>Рўйхатда бундай кузатиб борувчи йўқ.</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: only an open case may join a return list.</source>
        <translation>%1 ишнинг ҳолати «%2»: қайтиш рўйхатига фақат очиқ ишни киритиш мумкин.</translation>
    </message>
    <message>
        <source>Case %1 is already on the list.</source>
        <translation>%1 иш аллақачон рўйхатда.</translation>
    </message>
    <message>
        <source>Case %1 was taken off the list at once: %2</source>
        <translation>%1 иш дарҳол рўйхатдан чиқарилди: %2</translation>
    </message>
    <message>
        <source>The case is not on the list.</source>
        <translation>Бу иш рўйхатда йўқ.</translation>
    </message>
    <message>
        <source>Give the reason for taking the person off the list.</source>
        <translation>Шахсни рўйхатдан чиқариш сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>%1: the case is “%2”.</source>
        <translation>%1: ишнинг ҳолати «%2».</translation>
    </message>
    <message>
        <source>%1: a court stayed the removal.</source>
        <translation>%1: чиқариб юбориш суд томонидан тўхтатилган.</translation>
    </message>
    <message>
        <source>%1: a court stayed the removal (%2).</source>
        <translation>%1: чиқариб юбориш суд томонидан тўхтатилган (%2).</translation>
    </message>
    <message>
        <source>%1: a “do not board” instruction is recorded.</source>
        <translation>%1: «бортга чиқарилмасин» кўрсатмаси қайд этилган.</translation>
    </message>
    <message>
        <source>%1: a “do not board” instruction is recorded (%2).</source>
        <translation>%1: «бортга чиқарилмасин» кўрсатмаси қайд этилган (%2).</translation>
    </message>
    <message>
        <source>%1: an unaccompanied minor, and no parent or guardianship authority has confirmed that they receive the child.</source>
        <translation>%1: кузатиб борувчисиз вояга етмаган; болани кутиб олишини ота-онаси ҳам, васийлик ва ҳомийлик органи ҳам тасдиқламаган.</translation>
    </message>
    <message>
        <source>%1: a minor with neither a guardian nor an escort on the list.</source>
        <translation>%1: вояга етмаган, рўйхатда васийси ҳам, кузатиб борувчиси ҳам йўқ.</translation>
    </message>
    <message>
        <source>%1 is not on this list</source>
        <translation>%1 бу рўйхатда йўқ</translation>
    </message>
    <message>
        <source>%1 is on the list of flight %2 on %3</source>
        <translation>%1 %3 санадаги %2 рейси рўйхатида</translation>
    </message>
    <message>
        <source>%1: family “%2”: %3.</source>
        <translation>%1: «%2» оиласи: %3.</translation>
    </message>
    <message>
        <source>%1: neither a valid Certificate of Return nor a passport is recorded.</source>
        <translation>%1: амалдаги Ўзбекистон Республикасига қайтиш учун гувоҳнома ҳам, паспорт ҳам киритилмаган.</translation>
    </message>
    <message>
        <source>%1: the Certificate of Return %2 is valid until %3, less than %4 days after the flight.</source>
        <translation>%1: %2-сон Ўзбекистон Республикасига қайтиш учун гувоҳнома %3 гача амал қилади, бу рейсдан кейин %4 кундан кам.</translation>
    </message>
    <message>
        <source>%1: the passport %2 is valid until %3, less than %4 days after the flight.</source>
        <translation>%1: %2 рақамли паспорт %3 гача амал қилади, бу рейсдан кейин %4 кундан кам.</translation>
    </message>
    <message>
        <source>flight %1 on %2 (list %3)</source>
        <translation>%2 санадаги %1 рейси (%3-сон рўйхат)</translation>
    </message>
    <message>
        <source>%1 is also on the open list of %2.</source>
        <translation>%1 бошқа очиқ рўйхатда ҳам бор: %2.</translation>
    </message>
    <message>
        <source>%1: the case is “%2”, not yet “%3”.</source>
        <translation>%1: ишнинг ҳолати «%2», ҳали «%3» эмас.</translation>
    </message>
    <message>
        <source>%1 passengers and %2 escorts need %3 seats; the capacity is %4.</source>
        <translation>%1 нафар йўловчи ва %2 нафар кузатиб борувчи учун %3 та ўрин керак; ўринлар сони: %4.</translation>
    </message>
    <message>
        <source>“%1” is a hard stop: no reason overrides it, and the person is taken off the list.</source>
        <translation>«%1» — қатъий тўсиқ: уни ҳеч қандай сабаб билан четлаб ўтиб бўлмайди, шахс рўйхатдан чиқарилади.</translation>
    </message>
    <message>
        <source>“%1” is not a warning of a return list. Warnings: %2.</source>
        <translation>«%1» қайтиш рўйхатининг огоҳлантириши эмас. Огоҳлантиришлар: %2.</translation>
    </message>
    <message>
        <source>Give the reason for overriding the warning.</source>
        <translation>Огоҳлантиришни четлаб ўтиш сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>The list has no warning “%1” to override for this case.</source>
        <translation>Рўйхатда бу иш бўйича четлаб ўтиладиган «%1» огоҳлантириши йўқ.</translation>
    </message>
    <message>
        <source>The list has no passengers: there is nothing to finalise.</source>
        <translation>Рўйхатда йўловчилар йўқ: тасдиқланадиган нарса йўқ.</translation>
    </message>
    <message>
        <source>Return list of flight %1 on %2 finalised.</source>
        <translation>%2 санадаги %1 рейсининг қайтиш рўйхати тасдиқланди.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the list.</source>
        <translation>Рўйхатни қайта очиш сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>Only a final list can be reopened.</source>
        <translation>Фақат тасдиқланган рўйхатни қайта очиш мумкин.</translation>
    </message>
    <message>
        <source>Boarding has been recorded for this list: it can no longer be reopened.</source>
        <translation>Бу рўйхат бўйича бортга чиқиш қайд этилган: уни энди қайта очиб бўлмайди.</translation>
    </message>
    <message>
        <source>Give the reason why the person did not board.</source>
        <translation>Шахс бортга чиқмаганлиги сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>Boarding is recorded on a final list, after the flight.</source>
        <translation>Бортга чиқиш тасдиқланган рўйхатда, рейсдан кейин қайд этилади.</translation>
    </message>
    <message>
        <source>The flight is on %1: boarding is recorded after it.</source>
        <translation>Рейс санаси — %1: бортга чиқиш рейсдан кейин қайд этилади.</translation>
    </message>
    <message>
        <source>Boarding of %1 is already recorded.</source>
        <translation>%1 нинг бортга чиқиши аллақачон қайд этилган.</translation>
    </message>
    <message>
        <source>Boarded flight %1 on %2.</source>
        <translation>%2 санадаги %1 рейси бортига чиқди.</translation>
    </message>
    <message>
        <source>Did not board flight %1 on %2: %3</source>
        <translation>%2 санадаги %1 рейси бортига чиқмади: %3</translation>
    </message>
    <message>
        <source>Only a final list can be completed.</source>
        <translation>Фақат тасдиқланган рўйхатни якунлаш мумкин.</translation>
    </message>
    <message numerus="yes">
        <source>Record for every passenger whether they boarded: %n not yet.</source>
        <translation>
            <numerusform>Ҳар бир йўловчи бортга чиққан-чиқмаганини қайд этинг: ҳали %n нафар йўловчи қайд этилмаган.</numerusform>
            <numerusform>Ҳар бир йўловчи бортга чиққан-чиқмаганини қайд этинг: ҳали %n нафар йўловчи қайд этилмаган.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1: the person objects to consular action, so no receiver at home is recorded or contacted.</source>
        <translation>%1-иш: шахс консуллик ҳаракатларига эътироз билдирган, шунинг учун ватанда кутиб олувчи ёзилмайди ва у билан боғланилмайди.</translation>
    </message>
    <message>
        <source>Case %1: the person has not consented to contacting relatives, so no receiver&apos;s contact is recorded.</source>
        <translation>%1-иш: шахс қариндошлар билан боғланишга розилик бермаган, шунинг учун кутиб олувчининг алоқа маълумоти ёзилмайди.</translation>
    </message>
</context>
<context>
    <name>SafetyCopies</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 файлини ўқиб бўлмади: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 файлини ёзиб бўлмади: %2</translation>
    </message>
    <message>
        <source>The folder %1 for safety copies cannot be made.</source>
        <translation>Эҳтиёт нусхалар учун %1 жилдини яратиб бўлмади.</translation>
    </message>
    <message>
        <source>No safety copy of %1 could be made in %2: %3</source>
        <translation>%1 нинг эҳтиёт нусхасини %2 да яратиб бўлмади: %3</translation>
    </message>
    <message>
        <source>%1 is left from the register before the restore and cannot be removed; remove it before opening the register.</source>
        <translation>%1 тиклашдан олдинги реестрдан қолган ва уни ўчириб бўлмади; реестрни очишдан олдин уни ўчиринг.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); the register was left as it was.</source>
        <translation>%1 шикастланган (%2); реестр аввалгидек қолдирилди.</translation>
    </message>
    <message>
        <source>The register %1 is open in another program (another Qaytish window, or the command-line program): close it there first. The register was left as it was.</source>
        <translation>%1 реестри бошқа дастурда очиқ (Қайтишнинг бошқа ойнасида ёки буйруқлар қатори дастурида): аввал уни ўша ерда ёпинг. Реестр аввалгидек қолдирилди.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The cryptographic library could not be started.</source>
        <translation>Криптографик кутубхонани ишга тушириб бўлмади.</translation>
    </message>
    <message>
        <source>The mission&apos;s signing key is missing.</source>
        <translation>Муассасанинг имзо калити йўқ.</translation>
    </message>
    <message>
        <source>The mission&apos;s signing key %1 is damaged.</source>
        <translation>Муассасанинг %1 имзо калити шикастланган.</translation>
    </message>
    <message>
        <source>This is not the QR code of a certificate of return (version %1).</source>
        <translation>Бу Ўзбекистон Республикасига қайтиш учун гувоҳноманинг QR коди эмас (%1-версия).</translation>
    </message>
    <message>
        <source>The QR code has been altered: its dates or signature cannot be read.</source>
        <translation>QR код ўзгартирилган: ундаги саналар ёки имзони ўқиб бўлмайди.</translation>
    </message>
    <message>
        <source>The QR code was signed with the key %1, which is not a key of this mission.</source>
        <translation>QR код ушбу муассасага тегишли бўлмаган %1 калити билан имзоланган.</translation>
    </message>
    <message>
        <source>The signature does not match: the QR code is forged or altered.</source>
        <translation>Имзо мос келмайди: QR код сохталаштирилган ёки ўзгартирилган.</translation>
    </message>
    <message>
        <source>Genuine: certificate %1 for %2 %3, born %4, valid until %5 (key %6).</source>
        <translation>Ҳақиқий: %2 %3 номидаги %1-сон гувоҳнома, туғилган сана %4, %5 гача амал қилади (калит %6).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 га ёзиб бўлмади: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ни ўқиб бўлмади: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not a public key of a mission.</source>
        <translation>%1, %2-қатор: бу муассасанинг очиқ калити эмас.</translation>
    </message>
    <message>
        <source>%1 holds no public key of a mission.</source>
        <translation>%1 да муассасанинг очиқ калити йўқ.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Qaytish: the register of return cases for consular officers.</source>
        <translation>Қайтиш: консуллик мансабдор шахслари учун қайтиш ишлари реестри.</translation>
    </message>
    <message>
        <source>Open this register instead of the last one.</source>
        <translation>Охирги реестр ўрнига шу реестрни очиш.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>йўл</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Unknown language %1: use one of %2.</source>
        <translation>Номаълум тил: %1. Қуйидагилардан бирини кўрсатинг: %2.</translation>
    </message>
    <message>
        <source>The interface language, one of %1 (remembered).</source>
        <translation>Интерфейс тили, қуйидагилардан бири: %1 (эслаб қолинади).</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>There is no case %1.</source>
        <translation>%1 иши йўқ.</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2 (a report to read) or %3 (the data for another system).</source>
        <translation>%1: файл номи %2 (ўқиш учун ҳисобот) ёки %3 (бошқа тизим учун маълумотлар) билан тугаши керак.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 файлини ёзиб бўлмади: %2</translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <source>Export everything about this &amp;person…</source>
        <translation>Бу &amp;шахс ҳақидаги ҳамма маълумотни экспорт қилиш…</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Бу шахс ҳақидаги ҳамма маълумотни экспорт қилиш</translation>
    </message>
    <message>
        <source>Everything the register holds about the person of case %1 was written to %2. The export is recorded in the audit trail.</source>
        <translation>Реестрда %1 иши бўйича шахс ҳақида сақланаётган барча маълумотлар %2 файлига ёзилди. Экспорт аудит журналида қайд этилди.</translation>
    </message>
    <message>
        <source>PDF report (%1)</source>
        <translation>PDF ҳисобот (%1)</translation>
    </message>
    <message>
        <source>JSON data (%1)</source>
        <translation>JSON маълумотлари (%1)</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user name is empty.</source>
        <translation>Фойдаланувчи номи бўш.</translation>
    </message>
    <message>
        <source>The user name “%1” may hold letters, digits, dots, dashes and underscores only, at most 64 of them.</source>
        <translation>«%1» фойдаланувчи номида фақат ҳарфлар, рақамлар, нуқта, чизиқча ва пастки чизиқ бўлиши мумкин, кўпи билан 64 та.</translation>
    </message>
    <message>
        <source>The register has user accounts: it cannot be left without them.</source>
        <translation>Реестрда фойдаланувчи ҳисоблари бор: уни уларсиз қолдириб бўлмайди.</translation>
    </message>
    <message>
        <source>There is no user %1 in this register.</source>
        <translation>Бу реестрда %1 фойдаланувчиси йўқ.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Фойдаланувчига камида битта рол керак.</translation>
    </message>
    <message>
        <source>The first user of a register must be an administrator.</source>
        <translation>Реестрнинг биринчи фойдаланувчиси маъмур бўлиши керак.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>%1 фойдаланувчиси аллақачон бор.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Фойдаланувчи номи ёки парол нотўғри.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for %1: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>%1 учун муваффақиятсиз уринишлар жуда кўп: кейингисидан олдин %n сония кутинг.</numerusform>
            <numerusform>%1 учун муваффақиятсиз уринишлар жуда кўп: кейингисидан олдин %n сония кутинг.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Кейинги уринишдан олдин %n сония кутинг.</numerusform>
            <numerusform>Кейинги уринишдан олдин %n сония кутинг.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>%1 ҳисоби ўчириб қўйилган: маъмурга мурожаат қилинг.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Паролни алмаштириш учун аввал тизимга киринг.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Жорий парол нотўғри.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Янги парол жорий паролдан фарқ қилиши керак.</translation>
    </message>
    <message>
        <source>%1 is the only administrator left: add another administrator before disabling this account.</source>
        <translation>%1 — қолган ягона маъмур: бу ҳисобни ўчириб қўйишдан олдин бошқа маъмур қўшинг.</translation>
    </message>
    <message>
        <source>%1 is the only administrator left: add another administrator before taking the role away.</source>
        <translation>%1 — қолган ягона маъмур: бу ролни олиб қўйишдан олдин бошқа маъмур қўшинг.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The case is already in the status “%1”.</source>
        <translation>Иш аллақачон «%1» ҳолатида.</translation>
    </message>
    <message>
        <source>A case in the status “%1” cannot change its status.</source>
        <translation>«%1» ҳолатидаги ишнинг ҳолатини ўзгартириб бўлмайди.</translation>
    </message>
    <message>
        <source>A case cannot go from “%1” to “%2”. Possible next steps: %3.</source>
        <translation>Иш «%1» ҳолатидан «%2» ҳолатига ўта олмайди. Мумкин бўлган кейинги қадамлар: %3.</translation>
    </message>
    <message>
        <source>Identity can be confirmed only with a recorded reply from the authorities at home that confirms it. Record the reply to the identity request first.</source>
        <translation>Шахс фақат Ўзбекистон ваколатли органларининг уни тасдиқловчи, киритилган жавоби асосида тасдиқланиши мумкин. Аввал шахсни тасдиқлаш сўровига жавобни киритинг.</translation>
    </message>
    <message>
        <source>Give the reason for closing the case.</source>
        <translation>Ишни ёпиш сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case.</source>
        <translation>Ишни қайта очиш сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>Give the reason why the person did not travel.</source>
        <translation>Шахс сафарга чиқмаганлиги сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>A case moves to “%1” with a travel document: issue a Certificate of Return, or record a passport that is still valid.</source>
        <translation>Иш «%1» ҳолатига фақат йўл ҳужжати билан ўтади: Ўзбекистон Республикасига қайтиш учун гувоҳнома беринг ёки амал қилиш муддати тугамаган паспортни киритинг.</translation>
    </message>
    <message>
        <source>A case goes on a return list only when a return list with it is finalised.</source>
        <translation>Иш қайтиш рўйхатига фақат у киритилган қайтиш рўйхати тасдиқлангандан кейин тушади.</translation>
    </message>
    <message>
        <source>The case is “%1”, not “%2”: it goes on the return list only when a consul overrides this warning with a reason.</source>
        <translation>Ишнинг ҳолати «%2» эмас, «%1»: у қайтиш рўйхатига фақат консул ушбу огоҳлантиришни сабаб кўрсатиб четлаб ўтгандагина киритилади.</translation>
    </message>
</context>
<context>
    <name>qaytish::AccountDialog</name>
    <message>
        <source>Administrator of the register</source>
        <translation>Реестр маъмури</translation>
    </message>
    <message>
        <source>This register gets user accounts. Create its first user, the administrator, who holds every role and adds the other users. The password needs at least %1 characters.</source>
        <translation>Бу реестрда фойдаланувчи ҳисоблари бўлади. Унинг биринчи фойдаланувчисини — барча ролларга эга ва бошқа фойдаланувчиларни қўшадиган маъмурни яратинг. Парол камида %1 та белгидан иборат бўлиши керак.</translation>
    </message>
    <message>
        <source>This register was made by an earlier version of Qaytish, without user accounts. Create its administrator now, who holds every role and adds the other users; from then on everyone signs in. The password needs at least %1 characters. Cancel opens the register unprotected this time and asks again at the next start.</source>
        <translation>Бу реестр Қайтишнинг олдинги версиясида, фойдаланувчи ҳисобларисиз яратилган. Ҳозир унинг барча ролларга эга ва бошқа фойдаланувчиларни қўшадиган маъмурини яратинг; шундан кейин ҳамма тизимга ўз номи билан киради. Парол камида %1 та белгидан иборат бўлиши керак. «Бекор қилиш» реестрни бу сафар ҳимоясиз очади ва кейинги ишга туширишда яна сўрайди.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Фойдаланувчи қўшиш</translation>
    </message>
    <message>
        <source>A new user of this register. The password needs at least %1 characters; give it to the user in person.</source>
        <translation>Бу реестрнинг янги фойдаланувчиси. Парол камида %1 та белгидан иборат бўлиши керак; уни фойдаланувчига шахсан беринг.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Паролни алмаштириш</translation>
    </message>
    <message>
        <source>A new password for %1: at least %2 characters.</source>
        <translation>%1 учун янги парол: камида %2 та белги.</translation>
    </message>
    <message>
        <source>An administrator reset the password of %1: choose a new one, at least %2 characters.</source>
        <translation>Маъмур %1 паролини тиклади: камида %2 та белгидан иборат янгисини танланг.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Паролни тиклаш</translation>
    </message>
    <message>
        <source>A new password for %1, who must change it at the next sign-in: at least %2 characters.</source>
        <translation>%1 учун янги парол, уни кейинги киришда алмаштириш керак: камида %2 та белги.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Фойдаланувчи номи:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Тўлиқ исми:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роллар:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Жорий парол:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Янги парол:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Паролни такрорланг:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Хўп</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Икки парол бир хил эмас.</translation>
    </message>
</context>
<context>
    <name>qaytish::AuditLogWindow</name>
    <message>
        <source>(hidden)</source>
        <translation>(яширилган)</translation>
    </message>
    <message>
        <source>(erased by anonymisation)</source>
        <translation>(анонимлаштиришда ўчирилган)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журнали</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Ҳамма</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Барча ҳаракатлар</translation>
    </message>
    <message>
        <source>A case reference, e.g. %1</source>
        <translation>Иш рақами, масалан %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Фойдаланувчи:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Ҳаракат:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Иш:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Кунлар:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Қачон (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Фойдаланувчи</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ҳаракат</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ёзув</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Қийматлар</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Яна кўрсатиш</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Занжирни текшириш</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV га &amp;экспорт…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>Type the days as 30.04.2026.</source>
        <translation>Кунларни шундай киритинг: 30.04.2026.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>%1-иш йўқ.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown.</source>
        <translation>
            <numerusform>Энг янги %n та ёзув кўрсатилган.</numerusform>
            <numerusform>Энг янги %n та ёзув кўрсатилган.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n та ёзув.</numerusform>
            <numerusform>%n та ёзув.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries, each following the one before it.</source>
        <translation>
            <numerusform>Аудит журнали бутун: %n та ёзув, ҳар бири олдингисидан кейин келади.</numerusform>
            <numerusform>Аудит журнали бутун: %n та ёзув, ҳар бири олдингисидан кейин келади.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with outside Qaytish.</source>
        <translation>Аудит журналига Қайтишдан ташқарида аралашилган.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Аудит журналини экспорт қилиш</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n та ёзув %1 га экспорт қилинди.</numerusform>
            <numerusform>%n та ёзув %1 га экспорт қилинди.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV файллар (%1)</translation>
    </message>
</context>
<context>
    <name>qaytish::BackupDialog</name>
    <message>
        <source>Back up the register</source>
        <translation>Реестрнинг захира нусхаси</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole register %1 to keep away from this computer, for instance on a USB stick in the safe. Sealed with a passphrase, it reveals nothing to whoever finds it; the passphrase cannot be recovered.</source>
        <translation>Захира нусха — бу бутун %1 реестрининг ушбу компьютердан ташқарида, масалан, сейфдаги флешкада сақланадиган нусхаси. Парол ибораси билан шифрланган нусха уни топиб олган кишига ҳеч нарсани ошкор қилмайди; парол иборасини тиклаб бўлмайди.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Танлаш…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Seal with a passphrase</source>
        <translation>Парол ибораси билан &amp;шифрлаш</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парол ибораси:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Такрорланг:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Нусха олиш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Sealed backups (*%1)</source>
        <translation>Шифрланган захира нусхалар (*%1)</translation>
    </message>
    <message>
        <source>Registers (*%1)</source>
        <translation>Реестрлар (*%1)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Захира нусхани сақлаш жойи</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барча файллар (*)</translation>
    </message>
    <message>
        <source>Choose the file for the backup.</source>
        <translation>Захира нусха учун файлни танланг.</translation>
    </message>
    <message>
        <source>Type the passphrase again below.</source>
        <translation>Парол иборасини пастда яна бир бор киритинг.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Икки парол ибораси бир-бирига мос эмас.</translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>Парол иборасини захира нусхадан алоҳида сақланг: усиз захира нусхани тиклаб бўлмайди.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who has the file can read every case in it.</source>
        <translation>Шифрланмаган: файлга эга бўлган ҳар ким ундаги барча ишларни ўқий олади.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name inside it.</source>
        <translation>%1 — бу жилд: захира нусха учун унинг ичида файл номини кўрсатинг.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 аллақачон мавжуд. Уни янги захира нусха билан алмаштирасизми?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Алмаштириш</translation>
    </message>
</context>
<context>
    <name>qaytish::CaseEditor</name>
    <message>
        <source>Person</source>
        <translation>Шахсий маълумотлар</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Иммиграция</translation>
    </message>
    <message>
        <source>Needs, consent, notes</source>
        <translation>Эҳтиёжлар, розилик, изоҳлар</translation>
    </message>
    <message>
        <source>Requests and replies</source>
        <translation>Сўровлар ва жавоблар</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Суҳбатлар</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф.И.Ш.</translation>
    </message>
    <message>
        <source>Birth and identity</source>
        <translation>Туғилиш ва шахсни тасдиқловчи маълумотлар</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Contacts and family</source>
        <translation>Алоқа ва оила</translation>
    </message>
    <message>
        <source>Stay in the host country</source>
        <translation>Қабул қилувчи давлатда бўлиш</translation>
    </message>
    <message>
        <source>Request of the host country&apos;s authority</source>
        <translation>Қабул қилувчи давлат органининг сўрови</translation>
    </message>
    <message>
        <source>Operational needs</source>
        <translation>Сафар эҳтиёжлари</translation>
    </message>
    <message>
        <source>Consent and representation</source>
        <translation>Розилик ва вакиллик</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Изоҳлар</translation>
    </message>
    <message>
        <source>Latin script</source>
        <translation>Лотин ёзуви</translation>
    </message>
    <message>
        <source>C&amp;yrillic script</source>
        <translation>&amp;Кирилл ёзуви</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Исм:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отасининг исми:</translation>
    </message>
    <message>
        <source>Surname in Cyrillic script</source>
        <translation>Кирилл ёзувидаги фамилия</translation>
    </message>
    <message>
        <source>Given names in Cyrillic script</source>
        <translation>Кирилл ёзувидаги исм</translation>
    </message>
    <message>
        <source>Patronymic in Cyrillic script</source>
        <translation>Кирилл ёзувидаги отасининг исми</translation>
    </message>
    <message>
        <source>Type &apos; after o or g for oʻ and gʻ; elsewhere it becomes ʼ.</source>
        <translation>Лотин ёзувидаги ў ва ғ учун тегишли ҳарфдан кейин апостроф тугмасини босинг; бошқа ўринларда апостроф ʼ (тутуқ белгиси) бўлади.</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Жинси:</translation>
    </message>
    <message>
        <source>male</source>
        <translation>эркак</translation>
    </message>
    <message>
        <source>female</source>
        <translation>аёл</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Туғилган сана:</translation>
    </message>
    <message>
        <source>Place of birt&amp;h:</source>
        <translation>Туғилган жо&amp;й:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>Фу&amp;қаролиги:</translation>
    </message>
    <message>
        <source>Three-letter ICAO code, as in the passport: UZB for Uzbekistan.</source>
        <translation>Паспортдагидек уч ҳарфли ИКАО коди: Ўзбекистон учун UZB.</translation>
    </message>
    <message>
        <source>P&amp;INFL:</source>
        <translation>ЖШШИ&amp;Р:</translation>
    </message>
    <message>
        <source>Personal identification number (JShShIR): 14 digits.</source>
        <translation>Жисмоний шахснинг шахсий идентификация рақами (ЖШШИР): 14 та рақам.</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>&amp;Паспорт рақами:</translation>
    </message>
    <message>
        <source>Date of iss&amp;ue:</source>
        <translation>&amp;Берилган сана:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Амал қилиш муддати:</translation>
    </message>
    <message>
        <source>Contact &amp;abroad:</source>
        <translation>&amp;Хориждаги алоқа:</translation>
    </message>
    <message>
        <source>Address or telephone in the host country</source>
        <translation>Қабул қилувчи давлатдаги манзил ёки телефон</translation>
    </message>
    <message>
        <source>Contact at h&amp;ome:</source>
        <translation>&amp;Ватандаги алоқа:</translation>
    </message>
    <message>
        <source>Relative, address or telephone in Uzbekistan</source>
        <translation>Ўзбекистондаги қариндош, манзил ёки телефон</translation>
    </message>
    <message>
        <source>&amp;Family group:</source>
        <translation>Оила &amp;гуруҳи:</translation>
    </message>
    <message>
        <source>The same label for all members of a family</source>
        <translation>Оиланинг барча аъзолари учун бир хил белги</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>&amp;А-рақам:</translation>
    </message>
    <message>
        <source>A-123-456-789</source>
        <translation>масалан, 123-456-789</translation>
    </message>
    <message>
        <source>The US Alien Registration Number: A and 7 to 9 digits.</source>
        <translation>АҚШда чет эл фуқаросининг рўйхатга олиш рақами: лотинча А ҳарфи ва 7–9 та рақам.</translation>
    </message>
    <message>
        <source>&amp;Visa class:</source>
        <translation>&amp;Виза тури:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>&amp;Кирган сана:</translation>
    </message>
    <message>
        <source>Authorised stay &amp;until:</source>
        <translation>&amp;Рухсат этилган муддат:</translation>
    </message>
    <message>
        <source>The admit-until date of the I-94 record.</source>
        <translation>I-94 ёзувидаги рухсат этилган муддатнинг тугаш санаси.</translation>
    </message>
    <message>
        <source>&amp;D/S: duration of status, no fixed date</source>
        <translation>D/S: мақом амал қилиш муддати &amp;давомида, аниқ санасиз</translation>
    </message>
    <message>
        <source>&amp;Custody:</source>
        <translation>&amp;Ушлаб туриш:</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>&amp;Сақлаш жойи:</translation>
    </message>
    <message>
        <source>Detention facility, when in immigration detention</source>
        <translation>Ушлаб турилган бўлса, сақлаш жойи</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Сўров ра&amp;қами:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Ходим:</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>&amp;Олинган сана:</translation>
    </message>
    <message>
        <source>Order da&amp;te:</source>
        <translation>Қарор са&amp;наси:</translation>
    </message>
    <message>
        <source>Order t&amp;ype:</source>
        <translation>Қарор &amp;тури:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Кўрсатилмаган</translation>
    </message>
    <message>
        <source>Only what the journey must provide is recorded here: operational needs, never a diagnosis.</source>
        <translation>Бу ерда фақат сафарда таъминланиши керак бўлган нарсалар қайд этилади: эҳтиёжлар, ҳеч қачон ташхис эмас.</translation>
    </message>
    <message>
        <source>Consents to &amp;contacting relatives</source>
        <translation>&amp;Қариндошлар билан боғланишга рози</translation>
    </message>
    <message>
        <source>Consents to sharing the case with a &amp;lawyer</source>
        <translation>Иш маълумотларини &amp;адвокатга беришга рози</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>Ҳуқуқий &amp;вакил:</translation>
    </message>
    <message>
        <source>&amp;Wish about return:</source>
        <translation>Қайтиш &amp;истаги:</translation>
    </message>
    <message>
        <source>Assigned o&amp;fficer:</source>
        <translation>&amp;Масъул мансабдор шахс:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Изо&amp;ҳлар:</translation>
    </message>
    <message>
        <source>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses. This register belongs to the consulate of the person&apos;s state of origin.</source>
        <translation>Бошпана ёки ҳимоя сўраб қилинган мурожаатни ва унинг асосларини, сиёсий ёки диний қарашларни, жинсий ориентация ёки гендер идентификациясини, тиббий ташхисларни ёзманг. Бу реестрни шахс келиб чиққан давлатнинг консуллиги юритади.</translation>
    </message>
    <message>
        <source>Identity requests sent to the authorities at home and their replies. Identity is confirmed only by a recorded reply.</source>
        <translation>Ўзбекистон ваколатли органларига юборилган шахсни тасдиқлаш сўровлари ва уларга жавоблар. Шахс фақат киритилган жавоб асосида тасдиқланади.</translation>
    </message>
    <message>
        <source>Outgoing no.</source>
        <translation>Чиқувчи рақам</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Юборилган сана</translation>
    </message>
    <message>
        <source>Reply no.</source>
        <translation>Жавоб рақами</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>Жавоб санаси</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Натижа</translation>
    </message>
    <message>
        <source>Log identity request…</source>
        <translation>Сўровни қайд этиш…</translation>
    </message>
    <message>
        <source>Record reply…</source>
        <translation>Жавобни киритиш…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Жой</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Таржимон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Мансабдор шахс</translation>
    </message>
    <message>
        <source>Stated wishes</source>
        <translation>Билдирилган истаклар</translation>
    </message>
    <message>
        <source>Add interview…</source>
        <translation>Суҳбат қўшиш…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қачон</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Аввалги ҳолат</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Янги ҳолат</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Изоҳ</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Ҳолатни ўзгартириш…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <source>Save and start next</source>
        <translation>Сақлаш ва кейингисини бошлаш</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Иш %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Ҳолат: %1</translation>
    </message>
    <message>
        <source>Case %1 — %2[*]</source>
        <translation>Иш %1 — %2[*]</translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation>Иш мавжуд эмас</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Янги иш</translation>
    </message>
    <message>
        <source>Not saved yet: requests, interviews and the status can be recorded after the first save.</source>
        <translation>Ҳали сақланмаган: сўровлар, суҳбатлар ва ҳолатни биринчи сақлашдан кейин киритиш мумкин.</translation>
    </message>
    <message>
        <source>New case[*]</source>
        <translation>Янги иш[*]</translation>
    </message>
    <message>
        <source>A case in this status cannot change its status.</source>
        <translation>Бу ҳолатдаги ишнинг ҳолатини ўзгартириб бўлмайди.</translation>
    </message>
    <message>
        <source>Admitted for duration of status: there is no fixed date, so no overstay is counted.</source>
        <translation>Киришга мақом амал қилиш муддатига рухсат берилган (D/S): аниқ сана йўқ, шунинг учун муддатдан ортиқ қолиш ҳисобланмайди.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the authorised stay ended. Information only: no legal conclusion is drawn from it.</source>
        <translation>
            <numerusform>Рухсат этилган муддат тугаганидан бери %n кун ўтди. Фақат маълумот учун: бундан ҳуқуқий хулоса чиқарилмайди.</numerusform>
            <numerusform>Рухсат этилган муддат тугаганидан бери %n кун ўтди. Фақат маълумот учун: бундан ҳуқуқий хулоса чиқарилмайди.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorised stay has not ended.</source>
        <translation>Рухсат этилган муддат тугамаган.</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>Огоҳлантиришлар билан сақлансинми?</translation>
    </message>
    <message>
        <source>Please check before saving:</source>
        <translation>Сақлашдан олдин текширинг:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Барибир сақлаш</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Ортга қайтиб текшириш</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>Иш сақланмади</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақланмаган ўзгаришлар</translation>
    </message>
    <message>
        <source>Case %1 has changes that are not saved.</source>
        <translation>%1 рақамли ишда сақланмаган ўзгаришлар бор.</translation>
    </message>
    <message>
        <source>The new case has not been saved.</source>
        <translation>Янги иш сақланмаган.</translation>
    </message>
    <message>
        <source>Save the changes, discard them, or go back to the form?</source>
        <translation>Ўзгаришлар сақлансинми, бекор қилинсинми ёки шаклга қайтасизми?</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>Жавоб кутилмоқда</translation>
    </message>
    <message>
        <source>A spelling made from the other script. Press %1 in the field, or click the suggestion, to use it; correct it if needed.</source>
        <translation>Бошқа ёзувдан ҳосил қилинган имло. Ундан фойдаланиш учун майдонда %1 тугмаларини босинг ёки таклифни босинг; керак бўлса, тузатинг.</translation>
    </message>
    <message>
        <source>Save and keep editing (%1)</source>
        <translation>Сақлаш ва таҳрирлашни давом эттириш (%1)</translation>
    </message>
    <message>
        <source>Save, then start the next new case (%1)</source>
        <translation>Сақлаш, сўнг кейинги янги ишни бошлаш (%1)</translation>
    </message>
    <message>
        <source>Close the case (%1)</source>
        <translation>Иш ойнасини ёпиш (%1)</translation>
    </message>
    <message>
        <source>Suggestion: &lt;a href=&quot;use&quot;&gt;%1&lt;/a&gt; (%2 to use)</source>
        <translation>Таклиф: &lt;a href=&quot;use&quot;&gt;%1&lt;/a&gt; (фойдаланиш учун %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Apply the MRZ</source>
        <translation>MRZ бўйича тўлдириш</translation>
    </message>
    <message>
        <source>The zone differs from what the form holds. Replace these values?</source>
        <translation>Зонадаги маълумотлар шаклдагидан фарқ қилади. Бу қийматлар алмаштирилсинми?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Алмаштириш</translation>
    </message>
    <message>
        <source>Keep the form</source>
        <translation>Шаклдагини қолдириш</translation>
    </message>
    <message>
        <source>The link was not recorded</source>
        <translation>Боғланиш қайд этилмади</translation>
    </message>
    <message>
        <source>Stops to removal</source>
        <translation>Чиқариб юборишга тўсиқлар</translation>
    </message>
    <message>
        <source>A court &amp;stayed the removal</source>
        <translation>Суд &amp;чиқариб юборишни тўхтатиб қўйган</translation>
    </message>
    <message>
        <source>A “do &amp;not board” instruction is recorded</source>
        <translation>«&amp;Бортга чиқарилмасин» кўрсатмаси қайд этилган</translation>
    </message>
    <message>
        <source>Re&amp;ference of the stay:</source>
        <translation>Тўхтатиш тўғрисидаги қарор &amp;маълумотлари:</translation>
    </message>
    <message>
        <source>Court or authority, reference and date; the person is kept off return lists</source>
        <translation>Суд ёки орган, қарор рақами ва санаси; шахс қайтиш рўйхатларига киритилмайди</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Гувоҳнома бериш…</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Гувоҳнома бериш</translation>
    </message>
    <message>
        <source>Save or discard the changes to the case first.</source>
        <translation>Аввал ишдаги ўзгаришларни сақланг ёки бекор қилинг.</translation>
    </message>
    <message>
        <source>The register is busy</source>
        <translation>Реестр банд</translation>
    </message>
    <message>
        <source>Your edits are kept in this window.</source>
        <translation>Киритган ўзгаришларингиз шу ойнада сақланиб турибди.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайта уриниш</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Таҳрирлашни давом эттириш</translation>
    </message>
    <message>
        <source>The operational needs of this case are shown only to its assigned officer and to consuls. Saving keeps them as they are.</source>
        <translation>Бу иш бўйича сафар эҳтиёжлари фақат унга бириктирилган ходим ва консулларга кўрсатилади. Сақлашда улар ўзгармайди.</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Берилган кун:</translation>
    </message>
    <message>
        <source>In the form:</source>
        <translation>Шакли:</translation>
    </message>
    <message>
        <source>Objection to consular action</source>
        <translation>Консуллик ҳаракатларига эътироз</translation>
    </message>
    <message>
        <source>The person &amp;objects to consular action</source>
        <translation>Шахс консуллик ҳаракатларига &amp;эътироз билдиради</translation>
    </message>
    <message>
        <source>Stated on:</source>
        <translation>Билдирилган кун:</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>Ўз сўзлари билан:</translation>
    </message>
    <message>
        <source>What the person asked the consulate not to do</source>
        <translation>Шахс консулликдан нима қилмасликни сўраган</translation>
    </message>
    <message>
        <source>The person objects to consular action: do not contact relatives and do not share the case with anyone.</source>
        <translation>Шахс консуллик ҳаракатларига эътироз билдирган: қариндошлар билан боғланманг ва ишни ҳеч кимга берманг.</translation>
    </message>
    <message>
        <source>This case was anonymised on %1 under the mission&apos;s retention period. It is kept for the statistics and cannot be changed.</source>
        <translation>Бу иш %1 да ваколатхонанинг сақлаш муддати бўйича анонимлаштирилган. У статистика учун сақланади ва ўзгартирилмайди.</translation>
    </message>
    <message>
        <source>A PDF report or JSON data of everything the register holds about the person, for the person&apos;s request to see their data.</source>
        <translation>Шахснинг ўз маълумотлари ҳақидаги сўровига жавоб учун реестрда у ҳақда сақланаётган барча маълумотларнинг PDF ҳисоботи ёки JSON маълумотлари.</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Бу шахс ҳақидаги ҳамма маълумотни экспорт қилиш</translation>
    </message>
</context>
<context>
    <name>qaytish::CaseTableModel</name>
    <message>
        <source>Days since the authorised stay ended (empty when admitted for duration of status or when no date is recorded). For information only.</source>
        <translation>Рухсат этилган муддат тугаганидан кейинги кунлар (мақом амал қилиш муддатига кирган бўлса ёки сана кўрсатилмаган бўлса, бўш). Фақат маълумот учун.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Иш рақами</translation>
    </message>
    <message>
        <source>Full name (Latin)</source>
        <translation>Ф.И.Ш. (лотинча)</translation>
    </message>
    <message>
        <source>Full name (Cyrillic)</source>
        <translation>Ф.И.Ш. (кириллча)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туғилган сана</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Паспорт рақами</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Days of overstay</source>
        <translation>Муддатдан ортиқ қолган кунлар</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Сақлаш жойи</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Охирги ўзгариш</translation>
    </message>
</context>
<context>
    <name>qaytish::CertificateDialog</name>
    <message>
        <source>Issue a Certificate of Return</source>
        <translation>Ўзбекистон Республикасига қайтиш учун гувоҳнома бериш</translation>
    </message>
    <message>
        <source>The certificate carries the record confirmed by the authorities at home. To correct it, record a new confirmed reply.</source>
        <translation>Гувоҳномага Ўзбекистон идоралари тасдиқлаган маълумотлар киритилади. Уларни тузатиш учун янги тасдиқловчи жавобни киритинг.</translation>
    </message>
    <message>
        <source>Photo 3.5 × 4.5: choose a JPEG or PNG file or drop it here; drag the frame to move it, turn the wheel to zoom.</source>
        <translation>Сурат 3,5 × 4,5: JPEG ёки PNG файлни танланг ёки шу ерга ташланг; рамкани суриш учун уни сичқонча билан тортинг, катталаштириш учун ғилдиракчани айлантиринг.</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Суратни танлаш…</translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation>&amp;Амал қилиш муддати (кун):</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>&amp;Квитанция рақами:</translation>
    </message>
    <message>
        <source>&amp;Exempt, because:</source>
        <translation>Тўловдан &amp;озод қилинган, асоси:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Бериш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Исм</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отасининг исми</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туғилган сана</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туғилган жой</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жинси</translation>
    </message>
    <message>
        <source>female</source>
        <translation>аёл</translation>
    </message>
    <message>
        <source>male</source>
        <translation>эркак</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>ЖШШИР</translation>
    </message>
    <message>
        <source>There is no confirmed record for this case.</source>
        <translation>Бу иш бўйича тасдиқланган маълумотлар йўқ.</translation>
    </message>
    <message>
        <source>State duty for a minor: %1 %2.</source>
        <translation>Вояга етмаган шахс учун консуллик йиғими: %1 %2.</translation>
    </message>
    <message>
        <source>State duty for an adult: %1 %2.</source>
        <translation>Вояга етган шахс учун консуллик йиғими: %1 %2.</translation>
    </message>
    <message>
        <source>Choose the photo</source>
        <translation>Суратни танлаш</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Тасвирлар (%1)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сурат</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Сурат йўқ</translation>
    </message>
    <message>
        <source>No photo yet: a certificate needs one.</source>
        <translation>Ҳали сурат йўқ: гувоҳнома учун сурат керак.</translation>
    </message>
    <message>
        <source>The stored photo is used unless you choose another.</source>
        <translation>Бошқасини танламасангиз, сақланган сурат ишлатилади.</translation>
    </message>
    <message>
        <source>The photo is stored at %1 × %2 pixels, not at its original size.</source>
        <translation>Сурат асл ўлчамида эмас, %1 × %2 пиксел ўлчамида сақланади.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 гача амал қилади</translation>
    </message>
    <message>
        <source>Give the receipt number of the state duty.</source>
        <translation>Консуллик йиғими тўлангани ҳақидаги квитанция рақамини кўрсатинг.</translation>
    </message>
    <message>
        <source>Give the reason for the exemption from the state duty.</source>
        <translation>Консуллик йиғимидан озод қилиш асосини кўрсатинг.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>%1-сон гувоҳномани PDF сифатида сақлаш</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF ҳужжатлар (%1)</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Гувоҳнома берилди</translation>
    </message>
    <message>
        <source>Certificate %1 is issued. Its PDF can be saved or printed at any time from the register of documents.</source>
        <translation>%1-сон гувоҳнома берилди. Унинг PDF файлини исталган вақтда ҳужжатлар реестридан сақлаш ёки чоп этиш мумкин.</translation>
    </message>
    <message>
        <source>Certificate issued, PDF not saved</source>
        <translation>Гувоҳнома берилди, PDF сақланмади</translation>
    </message>
    <message>
        <source>Certificate %1 is issued, but its PDF could not be saved: %2 Save it again from the register of documents.</source>
        <translation>%1-сон гувоҳнома берилди, лекин унинг PDF файлини сақлаб бўлмади: %2 Уни ҳужжатлар реестридан қайта сақланг.</translation>
    </message>
    <message>
        <source>Certificate %1 is issued and saved as %2.</source>
        <translation>%1-сон гувоҳнома берилди ва %2 сифатида сақланди.</translation>
    </message>
</context>
<context>
    <name>qaytish::CertificateRegisterWindow</name>
    <message>
        <source>Register of documents</source>
        <translation>Ҳужжатлар реестри</translation>
    </message>
    <message>
        <source>Search: number, case, name in any script</source>
        <translation>Қидириш: рақам, иш, лотин ёки кирилл ёзувидаги исм</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барча ҳолатлар</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Рақам</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Ф.И.Ш. (лотин ёзувида)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>Ф.И.Ш. (кирилл ёзувида)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берилган</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Амал қилиш муддати</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ким берган</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Сабаб</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Сабаб:</translation>
    </message>
    <message>
        <source>Spoiled blank</source>
        <translation>Бузилган бланка</translation>
    </message>
    <message>
        <source>Cancel certificate</source>
        <translation>Гувоҳномани бекор қилиш</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сифатида сақлаш…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Чоп этиш…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV файлга экспорт қилиш…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n та гувоҳнома</numerusform>
            <numerusform>%n та гувоҳнома</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason first.</source>
        <translation>Аввал сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>%1-сон гувоҳномани PDF сифатида сақлаш</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF ҳужжатлар (%1)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF сақланмади</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Чоп этиш</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>%1-сон гувоҳнома</translation>
    </message>
    <message>
        <source>Mark certificate %1 as a spoiled blank? It stays in the register with the reason and its number is never used again.</source>
        <translation>%1-сон гувоҳнома бузилган бланка деб белгилансинми? У сабаби билан реестрда қолади ва унинг рақами бошқа ҳеч қачон ишлатилмайди.</translation>
    </message>
    <message>
        <source>Cancel certificate %1? It stays in the register with the reason and its number is never used again.</source>
        <translation>%1-сон гувоҳнома бекор қилинсинми? У сабаби билан реестрда қолади ва унинг рақами бошқа ҳеч қачон ишлатилмайди.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ўзгаришсиз қолдириш</translation>
    </message>
    <message>
        <source>Export the register of documents</source>
        <translation>Ҳужжатлар реестрини экспорт қилиш</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV файллар (%1)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV файлга экспорт қилиш</translation>
    </message>
</context>
<context>
    <name>qaytish::DashboardStrip</name>
    <message>
        <source>Identity check overdue</source>
        <translation>Шахсни текшириш муддати ўтган</translation>
    </message>
    <message numerus="yes">
        <source>Document expires within %n day(s)</source>
        <translation>
            <numerusform>Ҳужжат муддати %n кун ичида тугайди</numerusform>
            <numerusform>Ҳужжат муддати %n кун ичида тугайди</numerusform>
        </translation>
    </message>
    <message>
        <source>On open return lists</source>
        <translation>Очиқ қайтиш рўйхатларида</translation>
    </message>
    <message>
        <source>Cases in the status “%1”. Click to show them.</source>
        <translation>«%1» ҳолатидаги ишлар. Уларни кўрсатиш учун босинг.</translation>
    </message>
    <message numerus="yes">
        <source>Cases in identity check whose identity request has waited more than %n day(s) for a reply (mission settings). Click to show them.</source>
        <translation>
            <numerusform>Шахсни текшириш ҳолатидаги, шахсни тасдиқлаш сўровига %n кундан ортиқ жавоб кутилаётган ишлар (муассаса созламалари). Уларни кўрсатиш учун босинг.</numerusform>
            <numerusform>Шахсни текшириш ҳолатидаги, шахсни тасдиқлаш сўровига %n кундан ортиқ жавоб кутилаётган ишлар (муассаса созламалари). Уларни кўрсатиш учун босинг.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open cases whose travel document (the valid Certificate of Return, else the passport with the mission&apos;s margin of %1 days) is valid for the last time today or within %n day(s). Expired documents are not counted. Click to show them.</source>
        <translation>
            <numerusform>Йўл ҳужжатининг (амалдаги гувоҳнома, бўлмаса муассасанинг %1 кунлик захираси билан паспорт) амал қилишининг охирги куни бугун ёки %n кун ичида бўлган очиқ ишлар. Муддати ўтган ҳужжатлар ҳисобланмайди. Уларни кўрсатиш учун босинг.</numerusform>
            <numerusform>Йўл ҳужжатининг (амалдаги гувоҳнома, бўлмаса муассасанинг %1 кунлик захираси билан паспорт) амал қилишининг охирги куни бугун ёки %n кун ичида бўлган очиқ ишлар. Муддати ўтган ҳужжатлар ҳисобланмайди. Уларни кўрсатиш учун босинг.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases on a draft or final return list (not taken off it). Click to show them.</source>
        <translation>Қоралама ёки тасдиқланган қайтиш рўйхатидаги ишлар (ундан чиқарилмаган). Уларни кўрсатиш учун босинг.</translation>
    </message>
</context>
<context>
    <name>qaytish::DateEdit</name>
    <message>
        <source>Not a date: write it as 30.04.2025.</source>
        <translation>Бу сана эмас: уни 30.04.2025 кўринишида ёзинг.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.оо.йййй</translation>
    </message>
    <message>
        <source>Type the date as 30.04.2025, 30042025 or 2025-04-30.</source>
        <translation>Санани 30.04.2025, 30042025 ёки 2025-04-30 кўринишида киритинг.</translation>
    </message>
</context>
<context>
    <name>qaytish::DuplicatesDialog</name>
    <message>
        <source>Possibly the same person</source>
        <translation>Эҳтимол, бу битта шахс</translation>
    </message>
    <message>
        <source>The register already has a case that may be about the same person. Check it before saving:</source>
        <translation>Реестрда шу шахсга тегишли бўлиши мумкин бўлган иш аллақачон бор. Сақлашдан олдин уни текширинг:</translation>
    </message>
    <message numerus="yes">
        <source>The register already has %n cases that may be about the same person. Check them before saving:</source>
        <translation>
            <numerusform>Реестрда шу шахсга тегишли бўлиши мумкин бўлган %n та иш аллақачон бор. Сақлашдан олдин уларни текширинг:</numerusform>
            <numerusform>Реестрда шу шахсга тегишли бўлиши мумкин бўлган %n та иш аллақачон бор. Сақлашдан олдин уларни текширинг:</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф.И.Ш.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туғилган сана</translation>
    </message>
    <message>
        <source>Why it may be the same person</source>
        <translation>Мослик белгилари</translation>
    </message>
    <message>
        <source>already linked as the same person</source>
        <translation>аллақачон битта шахс сифатида боғланган</translation>
    </message>
    <message>
        <source>&amp;Open the existing case</source>
        <translation>Мавжуд ишни &amp;очиш</translation>
    </message>
    <message>
        <source>Nothing is saved; the selected case opens in its own window.</source>
        <translation>Ҳеч нарса сақланмайди; танланган иш алоҳида ойнада очилади.</translation>
    </message>
    <message>
        <source>&amp;Link as the same person</source>
        <translation>Битта шахс сифатида &amp;боғлаш</translation>
    </message>
    <message>
        <source>Save this case and record that both are the same person. Neither case is changed or merged.</source>
        <translation>Бу ишни сақлаш ва иккаласи битта шахсга тегишли эканини қайд этиш. Ишларнинг ҳеч бири ўзгартирилмайди ва бирлаштирилмайди.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Барибир &amp;сақлаш</translation>
    </message>
    <message>
        <source>Save this case as a different person.</source>
        <translation>Бу ишни бошқа шахс сифатида сақлаш.</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Шаклга &amp;қайтиш</translation>
    </message>
</context>
<context>
    <name>qaytish::IdentityRequestDialog</name>
    <message>
        <source>Enter the number of the reply.</source>
        <translation>Жавоб рақамини киритинг.</translation>
    </message>
    <message>
        <source>Enter the outgoing number of the request.</source>
        <translation>Сўровнинг чиқувчи рақамини киритинг.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Санани киритинг.</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Жавобни киритиш</translation>
    </message>
    <message>
        <source>The reply of the authorities at home to identity request %1 of %2.</source>
        <translation>Ўзбекистон ваколатли органларининг %2 санадаги %1-сон шахсни тасдиқлаш сўровига жавоби.</translation>
    </message>
    <message>
        <source>Reply &amp;number:</source>
        <translation>Жавоб &amp;рақами:</translation>
    </message>
    <message>
        <source>Reply &amp;date:</source>
        <translation>Жавоб &amp;санаси:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Натижа:</translation>
    </message>
    <message>
        <source>Log identity request</source>
        <translation>Шахсни тасдиқлаш сўровини қайд этиш</translation>
    </message>
    <message>
        <source>The request sent to the authorities at home to confirm the person&apos;s identity and citizenship.</source>
        <translation>Шахснинг шахси ва фуқаролигини тасдиқлаш учун Ўзбекистон ваколатли органларига юбориладиган сўров.</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Чиқувчи &amp;рақам:</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Юборилган сана:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>no PINFL</source>
        <translation>ЖШШИР йўқ</translation>
    </message>
    <message>
        <source>date of birth missing</source>
        <translation>туғилган сана кўрсатилмаган</translation>
    </message>
    <message>
        <source>Saving a confirmation keeps this record as the one confirmed by the authorities at home; a Certificate of Return prints it. Compare it with the reply first:</source>
        <translation>Тасдиқ сақланганда бу маълумотлар Ўзбекистон идоралари тасдиқлаган маълумот сифатида сақланади ва қайтиш учун гувоҳномада чоп этилади. Аввал уларни жавоб билан солиштиринг:</translation>
    </message>
</context>
<context>
    <name>qaytish::ImportDialog</name>
    <message>
        <source>Import list — %1</source>
        <translation>Рўйхатни импорт қилиш — %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Автоматик аниқлаш</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Вергул (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Нуқтали вергул (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>No slashed dates</source>
        <translation>Қия чизиқли саналар йўқ</translation>
    </message>
    <message>
        <source>Day first (30/04/2025)</source>
        <translation>Аввал кун (30/04/2025)</translation>
    </message>
    <message>
        <source>Month first (04/30/2025)</source>
        <translation>Аввал ой (04/30/2025)</translation>
    </message>
    <message>
        <source>Year first (2025/04/30)</source>
        <translation>Аввал йил (2025/04/30)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодлаш:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Ажратгич:</translation>
    </message>
    <message>
        <source>Dates with &amp;slashes:</source>
        <translation>&amp;Қия чизиқли саналар:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдаги устун</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импорт қилинадиган майдон</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорт қилиш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Устунлар:</translation>
    </message>
    <message>
        <source>First rows and their problems:</source>
        <translation>Дастлабки қаторлар ва улардаги муаммолар:</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ни ўқиб бўлмади: %2</translation>
    </message>
    <message>
        <source>Read as %1, separated by “%2”.</source>
        <translation>%1 кодлашида ўқилди, ажратгич «%2».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(номсиз)</translation>
    </message>
    <message>
        <source>Ignore (unknown column)</source>
        <translation>Импорт қилмаслик (номаълум устун)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Импорт қилмаслик</translation>
    </message>
    <message>
        <source>Not imported, unless you choose a field: %1</source>
        <translation>Майдон танланмаса, импорт қилинмайди: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Қатор</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Муаммолар</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Муаммо йўқ</translation>
    </message>
    <message>
        <source>The file has dates with slashes: choose how to read them.</source>
        <translation>Файлда қия чизиқли саналар бор: уларни қандай ўқишни танланг.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>Импорт якунланмади.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected.</source>
        <translation>Ҳеч нарса импорт қилинмади: %2 та қатордан %1 таси рад этилди.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows.</source>
        <translation>%2 та қатордан %1 таси импорт қилинди.</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Рад этилганлар:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1-қатор: %2</translation>
    </message>
    <message>
        <source>Probable duplicates (imported; check them):</source>
        <translation>Эҳтимолий такрорлар (импорт қилинди; уларни текширинг):</translation>
    </message>
    <message>
        <source>Line %1: %2 is also on line %3.</source>
        <translation>%1-қатор: %2 %3-қаторда ҳам бор.</translation>
    </message>
    <message>
        <source>Line %1: %2 is also in case %3.</source>
        <translation>%1-қатор: %2 %3 рақамли ишда ҳам бор.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Импорт қилинмаган устунлар: %1</translation>
    </message>
</context>
<context>
    <name>qaytish::InterviewDialog</name>
    <message>
        <source>Enter the date of the interview.</source>
        <translation>Суҳбат санасини киритинг.</translation>
    </message>
    <message>
        <source>Add interview or visit</source>
        <translation>Суҳбат ёки ташриф қўшиш</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Жой:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Таржимон:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ил:</translation>
    </message>
    <message>
        <source>Stated &amp;wishes:</source>
        <translation>&amp;Билдирилган истаклар:</translation>
    </message>
    <message>
        <source>What the person says about return, contact with relatives, a lawyer, the journey</source>
        <translation>Шахс қайтиш, қариндошлар билан алоқа, адвокат ва сафар ҳақида нима дейди</translation>
    </message>
    <message>
        <source>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses.</source>
        <translation>Бошпана ёки ҳимоя сўраб қилинган мурожаатни ва унинг асосларини, сиёсий ёки диний қарашларни, жинсий ориентация ёки гендер идентификациясини, тиббий ташхисларни ёзманг.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
</context>
<context>
    <name>qaytish::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Таҳрир</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Кўриниш</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Т&amp;ил</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ёрдам</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Асосий асбоблар панели</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Янги реестр…</translation>
    </message>
    <message>
        <source>Create a new, empty register file.</source>
        <translation>Янги, бўш реестр файлини яратиш.</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>Реестрни &amp;очиш…</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Реестрни очиш</translation>
    </message>
    <message>
        <source>Open another register file.</source>
        <translation>Бошқа реестр файлини очиш.</translation>
    </message>
    <message>
        <source>Open &amp;demo register</source>
        <translation>&amp;Намунавий реестрни очиш</translation>
    </message>
    <message>
        <source>Open the separate register of fictional cases for practice.</source>
        <translation>Машқ қилиш учун тўқима ишларнинг алоҳида реестрини очиш.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чиқиш</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Янги иш</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Янги иш</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>Ишни &amp;таҳрирлаш</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Ишни таҳрирлаш</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Ҳолатни ўзгартириш…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ҳолатни ўзгартириш</translation>
    </message>
    <message>
        <source>Move the selected case to another status</source>
        <translation>Танланган ишни бошқа ҳолатга ўтказиш</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Қидириш</translation>
    </message>
    <message>
        <source>&amp;About Qaytish</source>
        <translation>&amp;Қайтиш ҳақида</translation>
    </message>
    <message>
        <source>Search by name (Latin or Cyrillic), passport, PINFL, A-number or case reference</source>
        <translation>Исм (лотин ёки кирилл ёзувида), паспорт, ЖШШИР, А-рақам ёки иш рақами бўйича қидириш</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Ҳолат:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барча ҳолатлар</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Реестрни очиб бўлмади</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ни очиб бўлмади: %2</translation>
    </message>
    <message>
        <source>Open another register, or create a new one?</source>
        <translation>Бошқа реестрни очасизми ёки янгисини яратасизми?</translation>
    </message>
    <message>
        <source>Open another register…</source>
        <translation>Бошқа реестрни очиш…</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>Янги реестр…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Янги реестр</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Choose a new file name, or open it with File &gt; Open register.</source>
        <translation>%1 аллақачон мавжуд ва ўзгартирилмади. Янги файл номини танланг ёки уни «Файл &gt; Реестрни очиш» буйруғи билан очинг.</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Намунавий реестр</translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo register: %Ln fictional case(s)…</source>
        <translation>
            <numerusform>Намунавий реестр яратилмоқда: %Ln та тўқима иш…</numerusform>
            <numerusform>Намунавий реестр яратилмоқда: %Ln та тўқима иш…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>About Qaytish</source>
        <translation>Қайтиш ҳақида</translation>
    </message>
    <message>
        <source>Qaytish %1

A register of citizens of Uzbekistan abroad in return and removal cases, for consular officers: identity checks, Certificates of Return and return lists.

The people in the register come first: Qaytish never records asylum claims, political or religious opinions, sexual orientation or medical diagnoses, and shows operational needs only to those who must know them.</source>
        <translation>Қайтиш %1

Консуллик мансабдор шахслари учун қайтиш ва чиқариб юбориш ишлари бўйича чет элдаги Ўзбекистон фуқаролари реестри: шахсни текшириш, Ўзбекистон Республикасига қайтиш учун гувоҳномалар ва қайтиш рўйхатлари.

Энг аввало — реестрдаги одамлар: Қайтиш ҳеч қачон бошпана сўраб қилинган мурожаатларни, сиёсий ёки диний қарашларни, жинсий ориентацияни ёки тиббий ташхисларни ёзмайди ва сафар эҳтиёжларини фақат уларни билиши зарур бўлганларгагина кўрсатади.</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Реестр очилмаган</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln та иш</numerusform>
            <numerusform>%Ln та иш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%Ln та ишдан %1 таси</numerusform>
            <numerusform>%Ln та ишдан %1 таси</numerusform>
        </translation>
    </message>
    <message>
        <source>Qaytish</source>
        <translation>Қайтиш</translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>Реестрни ўқиб бўлмади</translation>
    </message>
    <message>
        <source>Record a new return case (%1)</source>
        <translation>Янги қайтиш ишини қайд этиш (%1)</translation>
    </message>
    <message>
        <source>Open the selected case (%1)</source>
        <translation>Танланган ишни очиш (%1)</translation>
    </message>
    <message>
        <source>Search the register (%1)</source>
        <translation>Реестрдан қидириш (%1)</translation>
    </message>
    <message>
        <source>Qaytish registers (%1)</source>
        <translation>Қайтиш реестрлари (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Барча файллар (%1)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Рўйхатни &amp;импорт қилиш…</translation>
    </message>
    <message>
        <source>Import a list of people from a CSV file as new cases.</source>
        <translation>CSV файлдаги шахслар рўйхатини янги ишлар сифатида импорт қилиш.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV файлга &amp;экспорт қилиш…</translation>
    </message>
    <message>
        <source>Write the cases shown (the current search and status) to a CSV file.</source>
        <translation>Кўрсатилган ишларни (жорий қидирув ва ҳолат бўйича) CSV файлга ёзиш.</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Рўйхатни импорт қилиш</translation>
    </message>
    <message>
        <source>CSV files (%1);;All files (*)</source>
        <translation>CSV файллар (%1);;Барча файллар (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV файлга экспорт қилиш</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV файллар (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to %1.</source>
        <translation>
            <numerusform>%1 файлига %Ln та иш ёзилди.</numerusform>
            <numerusform>%1 файлига %Ln та иш ёзилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Экспорт амалга ошмади.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Воситалар</translation>
    </message>
    <message>
        <source>&amp;Mission settings…</source>
        <translation>&amp;Муассаса созламалари…</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Муассаса созламалари</translation>
    </message>
    <message>
        <source>The mission&apos;s name, head of mission, document numbering, validity, consular fee and paper.</source>
        <translation>Муассаса номи, муассаса раҳбари, ҳужжатлар рақамланиши, амал қилиш муддати, консуллик йиғими ва қоғоз.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Ҳужжатлар</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>Гувоҳнома &amp;бериш…</translation>
    </message>
    <message>
        <source>&amp;Register of documents…</source>
        <translation>Ҳужжатлар &amp;реестри…</translation>
    </message>
    <message>
        <source>&amp;Return lists…</source>
        <translation>Қайтиш &amp;рўйхатлари…</translation>
    </message>
    <message>
        <source>Flight manifests: passengers, checks, finalising, printing and export</source>
        <translation>Рейсларнинг йўловчилар рўйхатлари: йўловчилар, текширувлар, тасдиқлаш, чоп этиш ва экспорт</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Гувоҳнома бериш</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a certificate is issued only when the identity is confirmed.</source>
        <translation>%1 ишнинг ҳолати «%2»: гувоҳнома фақат шахси тасдиқлангандан кейин берилади.</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Ишлар саналмоқда…</translation>
    </message>
    <message>
        <source>Restore a &amp;safety copy…</source>
        <translation>&amp;Эҳтиёт нусхадан тиклаш…</translation>
    </message>
    <message>
        <source>Replace the register with one of the copies kept each day and before upgrades.</source>
        <translation>Реестрни ҳар куни ва янгилашлардан олдин сақланадиган нусхалардан бири билан алмаштириш.</translation>
    </message>
    <message>
        <source>&amp;Clear the dashboard filter</source>
        <translation>&amp;Кўрсаткичлар панели фильтрини тозалаш</translation>
    </message>
    <message>
        <source>Show every case again after a click on a figure of the dashboard.</source>
        <translation>Панелдаги кўрсаткич танлангандан кейин яна барча ишларни кўрсатиш.</translation>
    </message>
    <message>
        <source>Show &amp;all cases</source>
        <translation>&amp;Барча ишларни кўрсатиш</translation>
    </message>
    <message>
        <source>Clear the dashboard filter (%1)</source>
        <translation>Кўрсаткичлар панели фильтрини тозалаш (%1)</translation>
    </message>
    <message>
        <source>Open another register, or restore a safety copy of this one?</source>
        <translation>Бошқа реестрни очасизми ёки бу реестрни эҳтиёт нусхадан тиклайсизми?</translation>
    </message>
    <message>
        <source>Restore a safety copy…</source>
        <translation>Эҳтиёт нусхадан тиклаш…</translation>
    </message>
    <message>
        <source>Restore a safety copy</source>
        <translation>Эҳтиёт нусхадан тиклаш</translation>
    </message>
    <message>
        <source>Replace the register %1 with the copy %2? Changes made since that copy will no longer be in the register; the register as it is now is kept as a safety copy.</source>
        <translation>%1 реестри %2 нусхаси билан алмаштирилсинми? Шу нусхадан кейин киритилган ўзгаришлар реестрда қолмайди; реестрнинг ҳозирги ҳолати эҳтиёт нусха сифатида сақланади.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Тиклаш</translation>
    </message>
    <message>
        <source>The safety copy was not restored</source>
        <translation>Эҳтиёт нусха тикланмади</translation>
    </message>
    <message>
        <source>The register was restored from %1.</source>
        <translation>Реестр %1 дан тикланди.</translation>
    </message>
    <message>
        <source>Showing only the cases of the dashboard figure “%1”.</source>
        <translation>Фақат «%1» кўрсаткичидаги ишлар кўрсатилмоқда.</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Фойдаланувчилар…</translation>
    </message>
    <message>
        <source>The users of this register and their roles.</source>
        <translation>Бу реестр фойдаланувчилари ва уларнинг роллари.</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Фойдаланувчини &amp;алмаштириш…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>&amp;Паролни алмаштириш…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Қулфлаш</translation>
    </message>
    <message>
        <source>Cover the register until your password is typed again.</source>
        <translation>Паролингиз қайта киритилгунча реестрни ёпиб қўйиш.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Қулфни очиш…</translation>
    </message>
    <message>
        <source>The window is locked: the register&apos;s data is hidden. %1 can go on after typing the password again; unsaved changes are kept.</source>
        <translation>Ойна қулфланган: реестр маълумотлари яширилган. %1 паролни қайта киритиб ишни давом эттириши мумкин; сақланмаган ўзгаришлар йўқолмайди.</translation>
    </message>
    <message>
        <source>The roles of %1 (%2) do not show the cases of the register.</source>
        <translation>%1 нинг роллари (%2) реестрдаги ишларни кўришга рухсат бермайди.</translation>
    </message>
    <message>
        <source>Qaytish — %1 — %2</source>
        <translation>Қайтиш — %1 реестри — %2</translation>
    </message>
    <message>
        <source>Qaytish — %1 (demo, unprotected register)</source>
        <translation>Қайтиш — %1 (намунавий реестр, ҳимоясиз)</translation>
    </message>
    <message>
        <source>Qaytish — %1 (unprotected register)</source>
        <translation>Қайтиш — %1 (ҳимоясиз реестр)</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 пароли алмаштирилди.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Аудит журнали…</translation>
    </message>
    <message>
        <source>Who did what and when in this register, and whether the record of it is intact.</source>
        <translation>Бу реестрда ким, нима ва қачон қилган, ва бу ҳақдаги ёзув бутунми.</translation>
    </message>
    <message>
        <source>Apply the &amp;retention period…</source>
        <translation>&amp;Сақлаш муддатини қўллаш…</translation>
    </message>
    <message>
        <source>Anonymise the persons whose cases were returned or closed longer ago than the mission keeps them.</source>
        <translation>Ишлари ваколатхона сақлайдиган муддатдан олдин қайтиш билан тугаган ёки ёпилган шахсларни анонимлаштириш.</translation>
    </message>
    <message>
        <source>Write everything the register holds about the person of the selected case to a PDF or JSON file, for the person&apos;s request to see their data.</source>
        <translation>Танланган иш бўйича шахс ҳақида реестрда сақланаётган барча маълумотларни шахснинг ўз маълумотлари ҳақидаги сўровига жавоб учун PDF ёки JSON файлига ёзиш.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Захира нусха…</translation>
    </message>
    <message>
        <source>Copy the whole register to a file to keep elsewhere, sealed with a passphrase.</source>
        <translation>Бутун реестрни бошқа жойда сақлаш учун файлга нусхалаш, парол ибораси билан шифрлаб.</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Захира &amp;нусхадан тиклаш…</translation>
    </message>
    <message>
        <source>Replace the register with a backup, after checking the whole of it.</source>
        <translation>Реестрни захира нусхани тўлиқ текширгандан сўнг у билан алмаштириш.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Захира нусхалар</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Реестрнинг захира нусхаси олинмоқда…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Захира нусха олинмади</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Захира нусха олинди</translation>
    </message>
    <message>
        <source>The register was backed up to %1 (%2), sealed with the passphrase. Keep the passphrase apart from the file: without it the backup cannot be restored.</source>
        <translation>Реестрнинг захира нусхаси %1 га (%2) ёзилди ва парол ибораси билан шифрланди. Парол иборасини файлдан алоҳида сақланг: усиз захира нусхани тиклаб бўлмайди.</translation>
    </message>
    <message>
        <source>The register was backed up to %1 (%2). It is not sealed: anyone who has the file can read every case in it.</source>
        <translation>Реестрнинг захира нусхаси %1 га (%2) ёзилди. У шифрланмаган: файлга эга бўлган ҳар ким ундаги барча ишларни ўқий олади.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Захира нусха %1 га ёзилди.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Захира нусхадан тиклаш</translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation>Захира нусхалар (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барча файллар (*)</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Захира нусха тикланмади</translation>
    </message>
    <message>
        <source>Checking the whole backup…</source>
        <translation>Захира нусха тўлиқ текширилмоқда…</translation>
    </message>
    <message>
        <source>The backup %1 is complete and sound. Replace the register %2 with it? Everything recorded since the backup was made will no longer be in the register; the register as it is now is kept as a safety copy.</source>
        <translation>%1 захира нусхаси тўлиқ ва бутун. %2 реестри у билан алмаштирилсинми? Захира нусха олингандан кейин ёзилган ҳамма нарса реестрда бошқа бўлмайди; реестрнинг ҳозирги ҳолати эҳтиёт нусха сифатида сақланади.</translation>
    </message>
</context>
<context>
    <name>qaytish::MissionSettingsDialog</name>
    <message>
        <source>%1 (Uzbek):</source>
        <translation>%1 (ўзбекча):</translation>
    </message>
    <message>
        <source>%1 (Russian):</source>
        <translation>%1 (русча):</translation>
    </message>
    <message>
        <source>%1 (English):</source>
        <translation>%1 (инглизча):</translation>
    </message>
    <message>
        <source>Host &amp;country (ICAO code):</source>
        <translation>Турган &amp;мамлакат (ИКАО коди):</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Муассаса</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Шаҳар</translation>
    </message>
    <message>
        <source>&amp;Head of mission:</source>
        <translation>Муассаса &amp;раҳбари:</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>Рақам &amp;префикси:</translation>
    </message>
    <message>
        <source>Default &amp;validity (days):</source>
        <translation>Одатий &amp;амал қилиш муддати (кун):</translation>
    </message>
    <message>
        <source>An expired passport still serves for (days):</source>
        <translation>Муддати ўтган паспорт яна яроқли (кун):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Ва&amp;люта:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Қ&amp;оғоз:</translation>
    </message>
    <message>
        <source>English on documents:</source>
        <translation>Ҳужжатларда инглизча:</translation>
    </message>
    <message>
        <source>An identity check is &amp;overdue after (days):</source>
        <translation>Шахсни текшириш &amp;муддати ўтади (кундан кейин):</translation>
    </message>
    <message>
        <source>Stored photo &amp;width (pixels):</source>
        <translation>Сақланадиган сурат &amp;эни (пиксел):</translation>
    </message>
    <message>
        <source>Stored photo &amp;height (pixels):</source>
        <translation>Сақланадиган сурат &amp;бўйи (пиксел):</translation>
    </message>
    <message>
        <source>Smallest accepted width (pixels):</source>
        <translation>Қабул қилинадиган энг кичик эн (пиксел):</translation>
    </message>
    <message>
        <source>Smallest accepted height (pixels):</source>
        <translation>Қабул қилинадиган энг кичик бўй (пиксел):</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Муассаса созламалари</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Ҳужжатлар</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сурат</translation>
    </message>
    <message>
        <source>Print the texts in English as well</source>
        <translation>Матнларни инглиз тилида ҳам чоп этиш</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Consular fee, &amp;adult:</source>
        <translation>Консуллик йиғими, &amp;вояга етган:</translation>
    </message>
    <message>
        <source>Consular fee, &amp;minor:</source>
        <translation>Консуллик йиғими, вояга &amp;етмаган:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Имзо калити:</translation>
    </message>
    <message>
        <source>none yet: made when the first certificate is issued or the public key is exported</source>
        <translation>ҳали йўқ: биринчи гувоҳнома берилганда ёки очиқ калит экспорт қилинганда яратилади</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Очиқ калитни экспорт қилиш</translation>
    </message>
    <message>
        <source>Public key files (%1)</source>
        <translation>Очиқ калит файллари (%1)</translation>
    </message>
    <message>
        <source>Wrote the mission&apos;s public key %1 to %2. With it, a border officer&apos;s phone or %3 checks the QR code of a certificate offline.</source>
        <translation>Муассасанинг очиқ калити %1 %2 файлига ёзилди. У билан чегарачининг телефони ёки %3 гувоҳноманинг QR кодини тармоқсиз текширади.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Очиқ калитни &amp;экспорт қилиш…</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Ҳужжат сарлавҳаси</translation>
    </message>
    <message>
        <source>A travel document is &amp;expiring within (days):</source>
        <translation>Йўл ҳужжати муддати &amp;тугаётган давр (кун):</translation>
    </message>
    <message>
        <source>Daily safety copies &amp;kept:</source>
        <translation>Сақланадиган кундалик эҳтиёт &amp;нусхалар:</translation>
    </message>
    <message>
        <source>Anonymise returned or closed cases after (&amp;years):</source>
        <translation>Қайтган ёки ёпилган ишларни анонимлаштириш (&amp;йилдан кейин):</translation>
    </message>
</context>
<context>
    <name>qaytish::MrzPanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>кўрсатилмаган</translation>
    </message>
    <message>
        <source>Sex %1, born %2, nationality %3</source>
        <translation>Жинси: %1, туғилган сана: %2, фуқаролиги: %3</translation>
    </message>
    <message>
        <source>Passport %1 of %2</source>
        <translation>Паспорт %1 (берган давлат: %2)</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Ҳужжат %1 (берган давлат: %2)</translation>
    </message>
    <message>
        <source>%1, expired on %2</source>
        <translation>%1, амал қилиш муддати %2 да тугаган</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, %2 гача амал қилади</translation>
    </message>
    <message>
        <source>PINFL %1: %2</source>
        <translation>ЖШШИР %1: %2</translation>
    </message>
    <message>
        <source>PINFL %1 agrees with the date of birth and sex.</source>
        <translation>ЖШШИР %1 туғилган сана ва жинсга мос келади.</translation>
    </message>
    <message>
        <source>it gives the date of birth %1</source>
        <translation>унга кўра туғилган сана %1</translation>
    </message>
    <message>
        <source>it gives the sex %1</source>
        <translation>унга кўра жинси %1</translation>
    </message>
    <message>
        <source>PINFL %1 does not agree with the zone: %2.</source>
        <translation>ЖШШИР %1 зонага мос келмайди: %2.</translation>
    </message>
    <message>
        <source>The PINFL&apos;s check digit does not match.</source>
        <translation>ЖШШИРнинг назорат рақами мос келмайди.</translation>
    </message>
    <message>
        <source>All check digits are correct.</source>
        <translation>Барча назорат рақамлари тўғри.</translation>
    </message>
    <message>
        <source>Check digits wrong: %1. The zone was misread or altered: read it again or compare it with the document.</source>
        <translation>Нотўғри назорат рақамлари: %1. Зона хато ўқилган ёки ўзгартирилган: уни қайта ўқинг ёки ҳужжат билан солиштиринг.</translation>
    </message>
    <message>
        <source>The zone is read as soon as all its lines are there.</source>
        <translation>Зона барча сатрлари киритилиши билан ўқилади.</translation>
    </message>
    <message numerus="yes">
        <source>Reading: %n line(s) so far.</source>
        <translation>
            <numerusform>Ўқилмоқда: ҳозирча %n та сатр.</numerusform>
            <numerusform>Ўқилмоқда: ҳозирча %n та сатр.</numerusform>
        </translation>
    </message>
    <message>
        <source>A check digit is wrong: read the zone again before applying it.</source>
        <translation>Назорат рақами нотўғри: маълумотларни тўлдиришдан олдин зонани қайта ўқинг.</translation>
    </message>
    <message>
        <source>Read MRZ</source>
        <translation>MRZ ўқиш</translation>
    </message>
    <message>
        <source>&amp;Machine readable zone (paste, type or scan; Enter starts a new line):</source>
        <translation>&amp;Машинада ўқиладиган зона (қўйинг, киритинг ёки сканерланг; Энтер тугмаси — янги сатр):</translation>
    </message>
    <message>
        <source>The zone drops the marks of oʻ and gʻ and may put the patronymic among the given names. Apply fills the fields; then compare the names with the document and correct them. The patronymic is left as it is.</source>
        <translation>Зонада ў ва ғ ҳарфлари о ва г бўлиб ёзилади, отасининг исми эса исм қаторига тушиши мумкин. «Шахс маълумотларини тўлдириш» тугмаси майдонларни тўлдиради; сўнг исмларни ҳужжат билан солиштириб, тузатинг. Отасининг исми майдони ўзгартирилмайди.</translation>
    </message>
    <message>
        <source>Apply to the person</source>
        <translation>Шахс маълумотларини тўлдириш</translation>
    </message>
</context>
<context>
    <name>qaytish::PassphraseDialog</name>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Захира нусханинг парол ибораси</translation>
    </message>
    <message>
        <source>%1 is sealed. &amp;Passphrase:</source>
        <translation>%1 шифрланган. &amp;Парол ибораси:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Очиш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
</context>
<context>
    <name>qaytish::RetentionDialog</name>
    <message>
        <source>Apply the retention period</source>
        <translation>Сақлаш муддатини қўллаш</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ишлар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Returned or closed on</source>
        <translation>Қайтган ёки ёпилган кун</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Анонимлаштириш</translation>
    </message>
    <message numerus="yes">
        <source>The mission keeps returned and closed cases for %n year(s). </source>
        <translation>
            <numerusform>Ваколатхона қайтган ва ёпилган ишларни %n йил сақлайди. </numerusform>
            <numerusform>Ваколатхона қайтган ва ёпилган ишларни %n йил сақлайди. </numerusform>
        </translation>
    </message>
    <message>
        <source>No case was returned or closed before %1: nobody is due for anonymisation.</source>
        <translation>%1 дан олдин ҳеч бир иш қайтиш билан тугамаган ёки ёпилмаган: анонимлаштириладиган ҳеч ким йўқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have every case returned or closed before %1 and will be anonymised:</source>
        <translation>
            <numerusform>%n та шахснинг барча ишлари %1 дан олдин тугаган ёки ёпилган ва улар анонимлаштирилади:</numerusform>
            <numerusform>%n та шахснинг барча ишлари %1 дан олдин тугаган ёки ёпилган ва улар анонимлаштирилади:</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from each person:</source>
        <translation>Ҳар бир шахсдан ўчирилади:</translation>
    </message>
    <message>
        <source>Kept: the cases, their dates and statuses, sex, nationality.</source>
        <translation>Сақланади: ишлар, уларнинг саналари ва ҳолатлари, жинси, фуқаролиги.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n person(s)</source>
        <translation>
            <numerusform>%n та шахсни &amp;анонимлаштириш</numerusform>
            <numerusform>%n та шахсни &amp;анонимлаштириш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>%n та шахс ҳозир анонимлаштирилсинми? Буни ортга қайтариб бўлмайди.</numerusform>
            <numerusform>%n та шахс ҳозир анонимлаштирилсинми? Буни ортга қайтариб бўлмайди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n та шахс анонимлаштирилди.</numerusform>
            <numerusform>%n та шахс анонимлаштирилди.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qaytish::ReturnListsWindow</name>
    <message>
        <source>Final</source>
        <translation>Тасдиқланган</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Якунланган</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Қоралама</translation>
    </message>
    <message>
        <source>Add cases to the list</source>
        <translation>Рўйхатга ишлар қўшиш</translation>
    </message>
    <message>
        <source>&amp;Search by name in any script, passport, PINFL, host reference or case reference:</source>
        <translation>&amp;Исталган ёзувдаги исм, паспорт, ЖШШИР, қабул қилувчи давлатдаги рақам ёки иш рақами бўйича қидириш:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Иш</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф.И.Ш.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туғилган сана</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>&amp;Add the chosen cases</source>
        <translation>Танланган ишларни &amp;қўшиш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>Return lists</source>
        <translation>Қайтиш рўйхатлари</translation>
    </message>
    <message>
        <source>&amp;Lists (newest flight first):</source>
        <translation>Рўйхат&amp;лар (янги рейслар юқорида):</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;Янги рўйхат</translation>
    </message>
    <message>
        <source>&amp;Flight:</source>
        <translation>&amp;Рейс:</translation>
    </message>
    <message>
        <source>Ca&amp;rrier:</source>
        <translation>&amp;Авиакомпания:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Сана:</translation>
    </message>
    <message>
        <source>Departure &amp;time:</source>
        <translation>Учиш &amp;вақти:</translation>
    </message>
    <message>
        <source>F&amp;rom (IATA):</source>
        <translation>Қаер&amp;дан (IATA):</translation>
    </message>
    <message>
        <source>&amp;To (IATA):</source>
        <translation>Қаер&amp;га (IATA):</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ўринлар со&amp;ни:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>кўрсатилмаган</translation>
    </message>
    <message>
        <source>&amp;Save flight</source>
        <translation>Рейсни са&amp;қлаш</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Йўловчилар</translation>
    </message>
    <message>
        <source>Escorts</source>
        <translation>Кузатиб борувчилар</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Ф.И.Ш. (лотинча)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>Ф.И.Ш. (кириллча)</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Кутиб олиш</translation>
    </message>
    <message>
        <source>Boarded</source>
        <translation>Бортга чиқди</translation>
    </message>
    <message>
        <source>&amp;Add cases…</source>
        <translation>&amp;Ишларни қўшиш…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off…</source>
        <translation>Рўйхатдан &amp;чиқариш…</translation>
    </message>
    <message>
        <source>Rece&amp;ption…</source>
        <translation>&amp;Кутиб олиш…</translation>
    </message>
    <message>
        <source>Boar&amp;ded</source>
        <translation>&amp;Бортга чиқди</translation>
    </message>
    <message>
        <source>Did n&amp;ot board…</source>
        <translation>Бортга чиқ&amp;мади…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Вазифа</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Ҳужжат</translation>
    </message>
    <message>
        <source>Add &amp;escort…</source>
        <translation>&amp;Кузатиб борувчи қўшиш…</translation>
    </message>
    <message>
        <source>Remove escort</source>
        <translation>Кузатиб борувчини олиб ташлаш</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қачон</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Нима</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Сабаб</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тури</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Муаммо</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Тафсилотлар</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Огоҳлантиришни ч&amp;етлаб ўтиш…</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Тасдиқлаш</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Қайта &amp;очиш…</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Як&amp;унлаш</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>&amp;Ҳужжат:</translation>
    </message>
    <message>
        <source>Manifest (carrier, host authorities)</source>
        <translation>Йўловчилар рўйхати (авиакомпания, турган давлат идоралари)</translation>
    </message>
    <message>
        <source>Reception list (authorities at home)</source>
        <translation>Кутиб олиш рўйхати (Ўзбекистон идоралари)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Чоп этишдан олдин &amp;кўриш…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF файлга экспорт қилиш…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV &amp;файлга экспорт қилиш…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 – %4
%5, %n passenger(s)</source>
        <translation>
            <numerusform>%1, %2, %3 – %4
%5, %n та йўловчи</numerusform>
            <numerusform>%1, %2, %3 – %4
%5, %n та йўловчи</numerusform>
        </translation>
    </message>
    <message>
        <source>Return list %1: %2</source>
        <translation>%1-сон қайтиш рўйхати: %2</translation>
    </message>
    <message>
        <source>Create a list with “New list”, or choose one.</source>
        <translation>«Янги рўйхат» тугмаси билан рўйхат яратинг ёки мавжудини танланг.</translation>
    </message>
    <message>
        <source>(confirmed)</source>
        <translation>(тасдиқланган)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ҳа</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>йўқ: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>яратилди</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>тасдиқланди</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>қайта очилди</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>якунланди</translation>
    </message>
    <message>
        <source>HARD STOP</source>
        <translation>ҚАТЪИЙ ТЎСИҚ</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Четлаб ўтилган</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Огоҳлантириш</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>%1 четлаб ўтган: %2</translation>
    </message>
    <message>
        <source>Check: no hard stops and no warnings.</source>
        <translation>Текширув: қатъий тўсиқлар ва огоҳлантиришлар йўқ.</translation>
    </message>
    <message>
        <source>Check: no hard stops; every warning is overridden with a recorded reason.</source>
        <translation>Текширув: қатъий тўсиқлар йўқ; ҳар бир огоҳлантириш қайд этилган сабаб билан четлаб ўтилган.</translation>
    </message>
    <message>
        <source>Check: %1 hard stop(s), which take the person off when the list is finalised and which no reason overrides; %2 warning(s) not overridden. A consul may override a warning with a reason.</source>
        <translation>Текширув: қатъий тўсиқлар сони — %1 (рўйхат тасдиқланганда қатъий тўсиғи бор шахс рўйхатдан чиқарилади, қатъий тўсиқни ҳеч қандай сабаб билан четлаб ўтиб бўлмайди); четлаб ўтилмаган огоҳлантиришлар сони — %2. Консул огоҳлантиришни сабаб кўрсатиб четлаб ўтиши мумкин.</translation>
    </message>
    <message>
        <source>A hard stop cannot be overridden.</source>
        <translation>Қатъий тўсиқни четлаб ўтиб бўлмайди.</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Рўйхатдан чиқариш</translation>
    </message>
    <message>
        <source>Why is the person taken off the list?</source>
        <translation>Шахс рўйхатдан қандай сабабга кўра чиқарилмоқда?</translation>
    </message>
    <message>
        <source>Reception in Uzbekistan: %1</source>
        <translation>Ўзбекистонда кутиб олиш: %1</translation>
    </message>
    <message>
        <source>The person &amp;agrees that the receiver be contacted</source>
        <translation>Шахс кутиб олувчи билан боғланишга &amp;рози</translation>
    </message>
    <message>
        <source>The receiver (parent or guardianship authority) has &amp;confirmed</source>
        <translation>Кутиб олувчи (ота-она ёки васийлик ва ҳомийлик органи) тас&amp;диқлаган</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Вилоят:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Туман:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>&amp;Кутиб олувчи:</translation>
    </message>
    <message>
        <source>Re&amp;lation or body:</source>
        <translation>&amp;Қариндошлиги ёки орган:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Алоқа маълумотлари:</translation>
    </message>
    <message>
        <source>The contact is printed on the reception list only with the person&apos;s consent; the manifest never shows reception data.</source>
        <translation>Алоқа маълумотлари кутиб олиш рўйхатида фақат шахснинг розилиги билан чоп этилади; йўловчилар рўйхатида кутиб олиш маълумотлари ҳеч қачон кўрсатилмайди.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақлаш</translation>
    </message>
    <message>
        <source>Add an escort</source>
        <translation>Кузатиб борувчи қўшиш</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ф.И.Ш.:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Вазифа:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Ҳужжат:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қўшиш</translation>
    </message>
    <message>
        <source>Override a warning</source>
        <translation>Огоҳлантиришни четлаб ўтиш</translation>
    </message>
    <message>
        <source>%1

Why may the list go ahead despite this warning? The reason is recorded with your name.</source>
        <translation>%1

Нима сабабдан рўйхат ушбу огоҳлантиришга қарамай тасдиқланиши мумкин? Сабаб Сизнинг исмингиз билан қайд этилади.</translation>
    </message>
    <message>
        <source>Finalize the list</source>
        <translation>Рўйхатни тасдиқлаш</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a hard stop will be taken off the list. Finalize the list? Its passengers go on the return list.</source>
        <translation>
            <numerusform>Қатъий тўсиғи бор %n та шахс рўйхатдан чиқарилади. Рўйхат тасдиқлансинми? Унинг йўловчилари «Қайтиш рўйхатида» ҳолатига ўтади.</numerusform>
            <numerusform>Қатъий тўсиғи бор %n та шахс рўйхатдан чиқарилади. Рўйхат тасдиқлансинми? Унинг йўловчилари «Қайтиш рўйхатида» ҳолатига ўтади.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalize the list? Its passengers go on the return list, and the list changes only after it is reopened.</source>
        <translation>Рўйхат тасдиқлансинми? Унинг йўловчилари «Қайтиш рўйхатида» ҳолатига ўтади, рўйхатни эса фақат қайта очгандан кейин ўзгартириш мумкин бўлади.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Тасдиқлаш</translation>
    </message>
    <message>
        <source>The list is not final: override each warning with a reason first.</source>
        <translation>Рўйхат тасдиқланмади: аввал ҳар бир огоҳлантиришни сабаб кўрсатиб четлаб ўтинг.</translation>
    </message>
    <message>
        <source>Reopen the list</source>
        <translation>Рўйхатни қайта очиш</translation>
    </message>
    <message>
        <source>Why is the final list reopened?</source>
        <translation>Тасдиқланган рўйхат нима сабабдан қайта очилмоқда?</translation>
    </message>
    <message>
        <source>Did not board</source>
        <translation>Бортга чиқмади</translation>
    </message>
    <message>
        <source>Why did the person not board? The case goes back to “document issued”.</source>
        <translation>Шахс нима сабабдан бортга чиқмади? Иш «Ҳужжат берилган» ҳолатига қайтади.</translation>
    </message>
    <message>
        <source>Export the list as PDF</source>
        <translation>Рўйхатни PDF файлга экспорт қилиш</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF ҳужжатлар (%1)</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Рўйхатни CSV файлга экспорт қилиш</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV файллар (%1)</translation>
    </message>
</context>
<context>
    <name>qaytish::SafetyCopiesDialog</name>
    <message>
        <source>daily copy</source>
        <translation>кундалик нусха</translation>
    </message>
    <message>
        <source>the register before a restore</source>
        <translation>тиклашдан олдинги реестр</translation>
    </message>
    <message>
        <source>before the upgrade to register version %1</source>
        <translation>реестрни %1-версияга янгилашдан олдин</translation>
    </message>
    <message>
        <source>Restore a safety copy</source>
        <translation>Эҳтиёт нусхадан тиклаш</translation>
    </message>
    <message>
        <source>Safety copies of %1, newest first. Restoring one replaces the register with it; the register as it is now is kept as a safety copy too.</source>
        <translation>%1 нинг эҳтиёт нусхалари, энг янгилари биринчи. Тиклаш реестрни танланган нусха билан алмаштиради; реестрнинг ҳозирги ҳолати ҳам эҳтиёт нусха сифатида сақланади.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No safety copy of this register exists yet.</source>
        <translation>Бу реестрнинг эҳтиёт нусхалари ҳали йўқ.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Тиклаш</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>the register after the retention period was applied</source>
        <translation>сақлаш муддати қўлланилгандан кейинги реестр</translation>
    </message>
</context>
<context>
    <name>qaytish::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Тизимга кириш</translation>
    </message>
    <message>
        <source>The window of %1 is locked. Type the password of %2 to go on.</source>
        <translation>%1 ойнаси қулфланган. Давом этиш учун %2 паролини киритинг.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts. Sign in with your user name and password.</source>
        <translation>%1 реестрида фойдаланувчи ҳисоблари бор. Фойдаланувчи номингиз ва паролингиз билан киринг.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Фойдаланувчи номи:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Парол:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n сониядан кейин қайта уриниб кўриш мумкин.</numerusform>
            <numerusform>%n сониядан кейин қайта уриниб кўриш мумкин.</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator reset your password: choose a new one to sign in.</source>
        <translation>Маъмур паролингизни тиклади: кириш учун янгисини танланг.</translation>
    </message>
</context>
<context>
    <name>qaytish::StatusDialog</name>
    <message>
        <source>The status was not changed</source>
        <translation>Ҳолат ўзгартирилмади</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ҳолатни ўзгартириш</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Жорий ҳолат: %1</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Янги ҳолат:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Изоҳ:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор қилиш</translation>
    </message>
    <message>
        <source>A case in this status cannot change its status.</source>
        <translation>Бу ҳолатдаги ишнинг ҳолатини ўзгартириб бўлмайди.</translation>
    </message>
    <message>
        <source>Required: give the reason for this step.</source>
        <translation>Мажбурий: бу қадам сабабини кўрсатинг.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Ихтиёрий.</translation>
    </message>
</context>
<context>
    <name>qaytish::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Фойдаланувчилар</translation>
    </message>
    <message>
        <source>The users of this register and their roles. Accounts are disabled, never deleted: the histories name them.</source>
        <translation>Бу реестр фойдаланувчилари ва уларнинг роллари. Ҳисоблар ўчириб қўйилади, лекин ҳеч қачон ўчирилмайди: тарихда уларнинг номи бор.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Фойдаланувчи номи</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тўлиқ исми</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роллар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Ҳолати</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Фойдаланувчи қўшиш…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Паролни тиклаш…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ўчириб қўйилган</translation>
    </message>
    <message>
        <source>active</source>
        <translation>фаол</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>паролни алмаштириши керак</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ёқиш</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Ўчириб қўйиш</translation>
    </message>
</context>
<context>
    <name>qaytish::WelcomeView</name>
    <message>
        <source>Welcome to Qaytish</source>
        <translation>Қайтиш дастурига хуш келибсиз</translation>
    </message>
    <message>
        <source>This register holds no cases yet. Record the first case, or try Qaytish on the demo register of fictional cases.</source>
        <translation>Бу реестрда ҳали ишлар йўқ. Биринчи ишни қайд этинг ёки Қайтиш дастурини тўқима ишлардан иборат намунавий реестрда синаб кўринг.</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Реестр очилмаган</translation>
    </message>
    <message>
        <source>Open or create a register from the File menu, or try Qaytish on the demo register of fictional cases.</source>
        <translation>Реестрни «Файл» менюси орқали очинг ёки яратинг. Қайтиш дастурини тўқима ишлардан иборат намунавий реестрда синаб кўришингиз ҳам мумкин.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Янги иш</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт қилиш…</translation>
    </message>
    <message>
        <source>Open demo register</source>
        <translation>Намунавий реестрни очиш</translation>
    </message>
    <message>
        <source>A separate register of fictional cases for practice. Your own register is not touched.</source>
        <translation>Машқ қилиш учун тўқима ишларнинг алоҳида реестри. Сизнинг иш реестрингизга тегилмайди.</translation>
    </message>
    <message>
        <source>Record a new return case (%1)</source>
        <translation>Янги қайтиш ишини қайд этиш (%1)</translation>
    </message>
    <message>
        <source>Import a list of people from a CSV file as new cases.</source>
        <translation>CSV файлдаги шахслар рўйхатини янги ишлар сифатида импорт қилиш.</translation>
    </message>
</context>
</TS>
