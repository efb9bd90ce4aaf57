<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>bulk write</source>
        <translation>массовая запись</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>exported or printed</source>
        <translation>экспортировано или напечатано</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Криптографическая библиотека не запускается.</translation>
    </message>
    <message>
        <source>The audit trail of %1 has no head: the register was changed outside Qaytish. Run “%2”.</source>
        <translation>У журнала аудита %1 нет головной записи: реестр изменён вне Qaytish. Выполните «%2».</translation>
    </message>
    <message>
        <source>%1 is busy: other programs kept writing to its audit trail. Try again.</source>
        <translation>%1 занят: другие программы продолжали писать в его журнал аудита. Повторите попытку.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was deleted.</source>
        <translation>Запись %1 отсутствует: она удалена.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation>Записи с %1 по %2 отсутствуют: они удалены.</translation>
    </message>
    <message>
        <source>Entry 1 does not start the chain: entries before it were removed, or it was replaced.</source>
        <translation>Запись 1 не начинает цепочку: записи перед ней удалены или она заменена.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was replaced, removed or moved.</source>
        <translation>Запись %1 не следует за записью %2: запись заменена, удалена или перемещена.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Запись %1 изменена после того, как была сделана.</translation>
    </message>
    <message>
        <source>The head of the audit trail is missing.</source>
        <translation>Головная запись журнала аудита отсутствует.</translation>
    </message>
    <message>
        <source>Entry %1, the last one written, is missing: it was deleted.</source>
        <translation>Запись %1, последняя сделанная, отсутствует: она удалена.</translation>
    </message>
    <message>
        <source>Entries %1 to %2, the last ones written, are missing: they were deleted.</source>
        <translation>Записи с %1 по %2, последние сделанные, отсутствуют: они удалены.</translation>
    </message>
    <message>
        <source>Entries after %1 were added outside Qaytish.</source>
        <translation>Записи после %1 добавлены вне Qaytish.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the head of the audit trail: it was replaced.</source>
        <translation>Запись %1 не совпадает с головной записью журнала аудита: она заменена.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>Недостаточно памяти, чтобы получить ключ из парольной фразы.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The sealed backup %1 is incomplete: it ends inside its header. Nothing was restored.</source>
        <translation>Зашифрованная резервная копия %1 неполна: она обрывается внутри заголовка. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>%1 is not a sealed backup of Qaytish.</source>
        <translation>%1 не является зашифрованной резервной копией Qaytish.</translation>
    </message>
    <message>
        <source>The sealed backup %1 was written by a newer version of Qaytish (format %2; this version reads format %3). Restore it with the newer version.</source>
        <translation>Зашифрованная резервная копия %1 создана более новой версией Qaytish (формат %2; эта версия читает формат %3). Восстановите её в более новой версии.</translation>
    </message>
    <message>
        <source>The header of the sealed backup %1 is damaged or was altered. Nothing was restored.</source>
        <translation>Заголовок зашифрованной резервной копии %1 повреждён или изменён. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is incomplete: it ends before its last part (cut off while it was copied?). Nothing was restored.</source>
        <translation>Зашифрованная резервная копия %1 неполна: она обрывается до своей последней части (обрезана при копировании?). Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The sealed backup %1 cannot be opened: the passphrase is wrong, or the beginning of the file was altered or damaged (the two cannot be told apart). Nothing was restored.</source>
        <translation>Не удаётся открыть зашифрованную резервную копию %1: парольная фраза неверна, либо начало файла изменено или повреждено (одно от другого отличить нельзя). Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged, altered or incomplete: its last part, part %2, does not match its seal (was it cut off while it was copied?). Nothing was restored.</source>
        <translation>Зашифрованная резервная копия %1 повреждена, изменена или неполна: её последняя часть, часть %2, не соответствует своей печати (обрезана при копировании?). Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged or was altered: part %2 of it does not match its seal. Nothing was restored.</source>
        <translation>Зашифрованная резервная копия %1 повреждена или изменена: её часть %2 не соответствует своей печати. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The sealed backup %1 was altered: there is data after its last part. Nothing was restored.</source>
        <translation>Зашифрованная резервная копия %1 изменена: после её последней части есть данные. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Парольная фраза пуста.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters.</source>
        <translation>Парольная фраза слишком короткая: нужно не менее %1 символов.</translation>
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation>Не указан файл для резервной копии.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name inside it.</source>
        <translation>%1 — это папка: укажите имя файла резервной копии внутри неё.</translation>
    </message>
    <message>
        <source>%1 is the register itself (or a file of it): a backup must go to another file, best on another disk.</source>
        <translation>%1 — это сам реестр (или его файл): резервная копия должна быть в другом файле, лучше всего на другом диске.</translation>
    </message>
    <message>
        <source>%1 exists already and was left as it is: choose another file name.</source>
        <translation>%1 уже существует и оставлен без изменений: выберите другое имя файла.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Не удаётся запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>No temporary file can be made beside the register %1: %2</source>
        <translation>Не удаётся создать временный файл рядом с реестром %1: %2</translation>
    </message>
    <message>
        <source>No consistent copy of the register %1 could be made: %2</source>
        <translation>Не удалось сделать согласованную копию реестра %1: %2</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Не указан файл резервной копии.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Резервная копия %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a backup of a register.</source>
        <translation>%1 пуст: это не резервная копия реестра.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup: its passphrase is needed to restore it.</source>
        <translation>%1 — зашифрованная резервная копия: для её восстановления нужна парольная фраза.</translation>
    </message>
    <message>
        <source>The folder of the register %1 does not exist.</source>
        <translation>Папка реестра %1 не существует.</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>Wheelchair</source>
        <translation>Кресло-коляска</translation>
    </message>
    <message>
        <source>Medical escort</source>
        <translation>Медицинское сопровождение</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Несовершеннолетний без сопровождения</translation>
    </message>
    <message>
        <source>Travel assistance</source>
        <translation>Помощь в пути</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Removal order</source>
        <translation>Решение о выдворении</translation>
    </message>
    <message>
        <source>Voluntary departure</source>
        <translation>Добровольный выезд</translation>
    </message>
    <message>
        <source>Expedited removal</source>
        <translation>Ускоренное выдворение</translation>
    </message>
    <message>
        <source>Reinstated removal order</source>
        <translation>Возобновлённое решение о выдворении</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>На свободе</translation>
    </message>
    <message>
        <source>In immigration detention</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <source>Wants to return</source>
        <translation>Желает вернуться</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <source>Objects to return</source>
        <translation>Возражает против возвращения</translation>
    </message>
    <message>
        <source>Identity and citizenship confirmed</source>
        <translation>Личность и гражданство подтверждены</translation>
    </message>
    <message>
        <source>No record found</source>
        <translation>Сведения не найдены</translation>
    </message>
    <message>
        <source>Not a citizen</source>
        <translation>Не является гражданином</translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation>Запрошены дополнительные сведения</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Письменно</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Устно</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>В электронной форме</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>A case without an id cannot be updated.</source>
        <translation>Дело без идентификатора нельзя обновить.</translation>
    </message>
    <message>
        <source>There is no case %1 in the register.</source>
        <translation>Дела %1 в реестре нет.</translation>
    </message>
    <message>
        <source>The outgoing number of the identity request is missing.</source>
        <translation>Не указан исходящий номер запроса о подтверждении личности.</translation>
    </message>
    <message>
        <source>The date of the identity request is missing or not a date.</source>
        <translation>Дата запроса о подтверждении личности не указана или указана неверно.</translation>
    </message>
    <message>
        <source>The date of the identity request is in the future.</source>
        <translation>Дата запроса о подтверждении личности позже сегодняшней.</translation>
    </message>
    <message>
        <source>Case %1 is %2: reopen it before sending an identity request.</source>
        <translation>Дело %1 имеет статус «%2»: возобновите его, прежде чем направлять запрос о подтверждении личности.</translation>
    </message>
    <message>
        <source>Identity request %1 of %2 sent.</source>
        <translation>Запрос о подтверждении личности № %1 от %2 направлен.</translation>
    </message>
    <message>
        <source>“%1” is not a result of an identity check. Use one of: %2.</source>
        <translation>«%1» не является результатом проверки личности. Укажите одно из значений: %2.</translation>
    </message>
    <message>
        <source>The number of the reply is missing.</source>
        <translation>Не указан номер ответа.</translation>
    </message>
    <message>
        <source>The date of the reply is missing or not a date.</source>
        <translation>Дата ответа не указана или указана неверно.</translation>
    </message>
    <message>
        <source>The date of the reply is in the future.</source>
        <translation>Дата ответа позже сегодняшней.</translation>
    </message>
    <message>
        <source>There is no such identity request.</source>
        <translation>Такого запроса о подтверждении личности нет.</translation>
    </message>
    <message>
        <source>The reply (%1) cannot be older than the request (%2).</source>
        <translation>Ответ (%1) не может быть датирован раньше запроса (%2).</translation>
    </message>
    <message>
        <source>Reply %1 of %2: identity confirmed.</source>
        <translation>Ответ № %1 от %2: личность подтверждена.</translation>
    </message>
    <message>
        <source>The date of the interview is missing or not a date.</source>
        <translation>Дата беседы не указана или указана неверно.</translation>
    </message>
    <message>
        <source>The date of the interview is in the future.</source>
        <translation>Дата беседы позже сегодняшней.</translation>
    </message>
    <message>
        <source>Case %1 was anonymised on %2 under the mission&apos;s retention period: it can no longer be changed.</source>
        <translation>Дело %1 обезличено %2 по сроку хранения представительства: его больше нельзя изменить.</translation>
    </message>
</context>
<context>
    <name>CaseStatusInfo</name>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Проверка личности</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Личность подтверждена</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Документ выдан</translation>
    </message>
    <message>
        <source>On a return list</source>
        <translation>В списке на возвращение</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращение состоялось</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The surname in Latin letters is required.</source>
        <translation>Укажите фамилию латинскими буквами.</translation>
    </message>
    <message>
        <source>The surname in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Фамилия латиницей содержит кириллические буквы. Напишите её латинскими буквами; для написания кириллицей есть отдельное поле.</translation>
    </message>
    <message>
        <source>The given names in Latin letters are required.</source>
        <translation>Укажите имя латинскими буквами.</translation>
    </message>
    <message>
        <source>The given names in Latin script contain Cyrillic letters. Write them in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Имя латиницей содержит кириллические буквы. Напишите его латинскими буквами; для написания кириллицей есть отдельное поле.</translation>
    </message>
    <message>
        <source>The patronymic in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Отчество латиницей содержит кириллические буквы. Напишите его латинскими буквами; для написания кириллицей есть отдельное поле.</translation>
    </message>
    <message>
        <source>The surname in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Фамилия кириллицей содержит латинские буквы. Напишите её кириллическими буквами; для написания латиницей есть отдельное поле.</translation>
    </message>
    <message>
        <source>The given names in Cyrillic script contain Latin letters. Write them in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Имя кириллицей содержит латинские буквы. Напишите его кириллическими буквами; для написания латиницей есть отдельное поле.</translation>
    </message>
    <message>
        <source>The patronymic in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Отчество кириллицей содержит латинские буквы. Напишите его кириллическими буквами; для написания латиницей есть отдельное поле.</translation>
    </message>
    <message>
        <source>The sex is required (M or F).</source>
        <translation>Укажите пол (M — мужской, F — женский).</translation>
    </message>
    <message>
        <source>The sex must be M or F, not &quot;%1&quot;.</source>
        <translation>Пол должен быть M (мужской) или F (женский), а не «%1».</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>Укажите дату рождения.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Дата рождения %1 позже сегодняшней.</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900: check the year.</source>
        <translation>Дата рождения %1 раньше 1900 года: проверьте год.</translation>
    </message>
    <message>
        <source>The nationality &quot;%1&quot; is not a three-letter ICAO code such as UZB (capital letters A-Z, or &lt; as filler).</source>
        <translation>Гражданство «%1» не является трёхбуквенным кодом ИКАО, таким как UZB (заглавные латинские буквы A–Z, заполнитель &lt;).</translation>
    </message>
    <message>
        <source>The passport&apos;s date of issue %1 is in the future.</source>
        <translation>Дата выдачи паспорта %1 позже сегодняшней.</translation>
    </message>
    <message>
        <source>The passport&apos;s expiry date %1 is not after its date of issue %2.</source>
        <translation>Дата окончания срока действия паспорта %1 не позже даты его выдачи %2.</translation>
    </message>
    <message>
        <source>The PINFL gives the date of birth %1, but the record says %2. One of them is wrong.</source>
        <translation>По ПИНФЛ дата рождения — %1, а в записи указано %2. Одно из двух неверно.</translation>
    </message>
    <message>
        <source>The first digit of the PINFL is that of a man, but the record says the person is a woman.</source>
        <translation>Первая цифра ПИНФЛ соответствует мужскому полу, а в записи указан женский.</translation>
    </message>
    <message>
        <source>The first digit of the PINFL is that of a woman, but the record says the person is a man.</source>
        <translation>Первая цифра ПИНФЛ соответствует женскому полу, а в записи указан мужской.</translation>
    </message>
    <message>
        <source>The last digit of the PINFL is %1, but the usual check rule gives %2. Compare the number with the document; if it is copied correctly, confirm it (the rule is not official and does not hold for every PINFL).</source>
        <translation>Последняя цифра ПИНФЛ — %1, а по обычному правилу контрольной цифры получается %2. Сверьте номер с документом; если он переписан верно, подтвердите его (правило неофициальное и выполняется не для каждого ПИНФЛ).</translation>
    </message>
    <message>
        <source>The passport number %1 contains Cyrillic letters. Passport numbers are written in Latin letters (AA, not АА): retype the letters.</source>
        <translation>Номер паспорта %1 содержит кириллические буквы. Номера паспортов пишутся латинскими буквами (AA, а не АА): наберите буквы заново.</translation>
    </message>
    <message>
        <source>%1 does not look like an Uzbek passport number (2 Latin letters and 7 digits, such as AA1234567). Check the number, or set the nationality if the passport is foreign.</source>
        <translation>%1 не похож на номер паспорта Узбекистана (2 латинские буквы и 7 цифр, например AA1234567). Проверьте номер или укажите гражданство, если паспорт иностранный.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it is the letter A and 7 to 9 digits, for example A-123-456-789.</source>
        <translation>«%1» не является A-номером: это буква A и 7–9 цифр, например A-123-456-789.</translation>
    </message>
    <message>
        <source>The entry date %1 is in the future.</source>
        <translation>Дата въезда %1 позже сегодняшней.</translation>
    </message>
    <message>
        <source>The entry date %1 is before the date of birth %2.</source>
        <translation>Дата въезда %1 раньше даты рождения %2.</translation>
    </message>
    <message>
        <source>The stay is marked D/S (duration of status), which has no end date: clear either the admit-until date or the D/S mark.</source>
        <translation>Пребывание отмечено как D/S (на срок действия статуса), у него нет даты окончания: удалите либо дату окончания разрешённого срока пребывания, либо отметку D/S.</translation>
    </message>
    <message>
        <source>The authorised stay ends on %1, before the entry date %2.</source>
        <translation>Разрешённый срок пребывания истекает %1, то есть раньше даты въезда %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known custody status.</source>
        <translation>«%1» — неизвестное значение содержания под стражей.</translation>
    </message>
    <message>
        <source>The person is in immigration detention, but no facility is recorded. Enter the facility so that the person can be visited.</source>
        <translation>Лицо находится под стражей, но место содержания не указано. Укажите место содержания, чтобы лицо можно было посетить.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known operational need.</source>
        <translation>«%1» — неизвестная потребность в пути.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known answer about the wish to return.</source>
        <translation>«%1» — неизвестный ответ о желании вернуться.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of order.</source>
        <translation>«%1» — неизвестный вид решения.</translation>
    </message>
    <message>
        <source>Consent to contacting relatives</source>
        <translation>Согласие на связь с родственниками</translation>
    </message>
    <message>
        <source>Consent to sharing the case with a lawyer</source>
        <translation>Согласие на передачу дела адвокату</translation>
    </message>
    <message>
        <source>%1 cannot be recorded: the person objects to consular action. Record the end of the objection first.</source>
        <translation>%1 нельзя записать: лицо возражает против консульских действий. Сначала запишите отказ от возражения.</translation>
    </message>
    <message>
        <source>%1: enter the day it was given.</source>
        <translation>%1: укажите день, когда оно дано.</translation>
    </message>
    <message>
        <source>%1: choose the form in which it was given (in writing, orally or electronically).</source>
        <translation>%1: выберите форму, в которой оно дано (письменно, устно или в электронной форме).</translation>
    </message>
    <message>
        <source>The objection to consular action: enter the day the person stated it.</source>
        <translation>Возражение против консульских действий: укажите день, когда лицо его заявило.</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate %1 is “%2” and is not printed again.</source>
        <translation>Свидетельство %1 имеет статус «%2» и повторно не печатается.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn.</source>
        <translation>Не удаётся построить PDF.</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>valid</source>
        <translation>действительно</translation>
    </message>
    <message>
        <source>spoiled blank</source>
        <translation>испорченный бланк</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>аннулировано</translation>
    </message>
    <message>
        <source>used for the journey</source>
        <translation>использовано для поездки</translation>
    </message>
    <message>
        <source>There is no certificate %1 in the register.</source>
        <translation>Свидетельства № %1 в реестре нет.</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a certificate is issued only to a case whose identity is confirmed.</source>
        <translation>Дело %1 имеет статус «%2»: свидетельство выдаётся только по делу, в котором личность подтверждена.</translation>
    </message>
    <message>
        <source>There is no record confirmed by the authorities at home for case %1: record their reply first.</source>
        <translation>По делу %1 нет данных, подтверждённых органами Узбекистана: сначала внесите их ответ.</translation>
    </message>
    <message>
        <source>surname (Latin)</source>
        <translation>фамилия (латиницей)</translation>
    </message>
    <message>
        <source>given names (Latin)</source>
        <translation>имя (латиницей)</translation>
    </message>
    <message>
        <source>surname (Cyrillic)</source>
        <translation>фамилия (кириллицей)</translation>
    </message>
    <message>
        <source>given names (Cyrillic)</source>
        <translation>имя (кириллицей)</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>The confirmed record lacks what a certificate needs: %1.</source>
        <translation>В подтверждённых данных не хватает сведений, необходимых для свидетельства: %1.</translation>
    </message>
    <message>
        <source>There is no photo of the person: add one before issuing.</source>
        <translation>Нет фотографии лица: добавьте её перед выдачей свидетельства.</translation>
    </message>
    <message>
        <source>Give the receipt number of the state duty, or the reason for the exemption.</source>
        <translation>Укажите номер квитанции об уплате консульского сбора или основание освобождения от его уплаты.</translation>
    </message>
    <message>
        <source>Give either a receipt number or an exemption reason, not both.</source>
        <translation>Укажите либо номер квитанции, либо основание освобождения от уплаты, но не то и другое одновременно.</translation>
    </message>
    <message>
        <source>The validity must be %1 to %2 days (one to three months); %3 were asked.</source>
        <translation>Срок действия должен составлять от %1 до %2 дней (от одного до трёх месяцев); запрошено: %3.</translation>
    </message>
    <message>
        <source>Certificate %1 of this person is still valid (until %2): spoil or cancel it, with the reason, before issuing another.</source>
        <translation>Свидетельство № %1 этого лица ещё действительно (до %2): прежде чем выдать новое, отметьте его как испорченный бланк или аннулируйте с указанием причины.</translation>
    </message>
    <message>
        <source>The certificate counter is missing.</source>
        <translation>Отсутствует счётчик номеров свидетельств.</translation>
    </message>
    <message>
        <source>Certificate of Return %1 issued, valid until %2.</source>
        <translation>Свидетельство на возвращение в Республику Узбекистан № %1 выдано, действительно до %2.</translation>
    </message>
    <message>
        <source>A certificate can be marked only “%1” or “%2”.</source>
        <translation>Свидетельство можно отметить только как «%1» или «%2».</translation>
    </message>
    <message>
        <source>Give the reason why the blank is spoiled.</source>
        <translation>Укажите причину, по которой бланк испорчен.</translation>
    </message>
    <message>
        <source>Give the reason why the certificate is cancelled.</source>
        <translation>Укажите причину аннулирования свидетельства.</translation>
    </message>
    <message>
        <source>Certificate %1 is already “%2”: %3</source>
        <translation>Свидетельство № %1 уже имеет статус «%2»: %3</translation>
    </message>
    <message>
        <source>Certificate %1 spoiled: %2</source>
        <translation>Бланк свидетельства № %1 отмечен как испорченный: %2</translation>
    </message>
    <message>
        <source>Certificate %1 cancelled: %2</source>
        <translation>Свидетельство № %1 аннулировано: %2</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>The record no longer exists in the register.</source>
        <translation>Этой записи больше нет в реестре.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The register file (default: the officer&apos;s register).</source>
        <translation>Файл реестра (по умолчанию — реестр должностного лица).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Print JSON (stable keys, never translated).</source>
        <translation>Вывести JSON (ключи неизменны и не переводятся).</translation>
    </message>
    <message>
        <source>demo: the number of cases.</source>
        <translation>demo: количество дел.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>число</translation>
    </message>
    <message>
        <source>demo: the random seed (same seed, same register).</source>
        <translation>demo: начальное значение генератора случайных чисел (одно значение — один и тот же реестр).</translation>
    </message>
    <message>
        <source>list: only cases in this status.</source>
        <translation>list: только дела с этим статусом.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>list: names in any script or spelling, passport, PINFL, host reference.</source>
        <translation>list: имя в любой письменности и любом написании, паспорт, ПИНФЛ, номер в государстве пребывания.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>case status: the reason or comment.</source>
        <translation>case status: причина или комментарий.</translation>
    </message>
    <message>
        <source>identity request or reply: its number.</source>
        <translation>запрос о подтверждении личности или ответ: номер.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>identity request or reply: its date.</source>
        <translation>запрос о подтверждении личности или ответ: дата.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>qaytish-cli: %1</source>
        <translation>qaytish-cli: ошибка: %1</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to the command %2.</source>
        <translation>параметр --%1 не относится к команде %2.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>команда не указана.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init не принимает аргументов.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Created the register %1.</source>
        <translation>Создан реестр %1.</translation>
    </message>
    <message>
        <source>Upgraded the register %1 from version %2 to %3; the copy from before is %4.</source>
        <translation>Реестр %1 обновлён с версии %2 до версии %3; копия прежнего состояния — %4.</translation>
    </message>
    <message>
        <source>The register %1 is up to date.</source>
        <translation>Реестр %1 не требует обновления.</translation>
    </message>
    <message>
        <source>--cases needs a number from 1 to 10000000.</source>
        <translation>для --cases нужно число от 1 до 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>для --seed нужно целое число от 0 до 4294967295.</translation>
    </message>
    <message>
        <source>Wrote %1 fictional cases to %2.</source>
        <translation>В %2 записано вымышленных дел: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a status. Use one of: %2.</source>
        <translation>«%1» не является статусом. Укажите один из: %2.</translation>
    </message>
    <message>
        <source>--limit needs a number of 0 or more.</source>
        <translation>для --limit нужно число не меньше 0.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ФИО (латиница)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>ФИО (кириллица)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>ПИНФЛ</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Host reference</source>
        <translation>Номер в государстве пребывания</translation>
    </message>
    <message>
        <source>Authorised stay until</source>
        <translation>Разрешённый срок пребывания до</translation>
    </message>
    <message>
        <source>Days since the authorised stay ended</source>
        <translation>Дней с окончания разрешённого срока пребывания</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Содержание под стражей</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation>Запрос о подтверждении личности</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>; reply %1 of %2: %3</source>
        <translation>; ответ № %1 от %2: %3</translation>
    </message>
    <message>
        <source>; no reply yet</source>
        <translation>; ответа пока нет</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>case status needs a case reference and a status code.</source>
        <translation>для case status нужны номер дела и код статуса.</translation>
    </message>
    <message>
        <source>case identity-request needs one case reference.</source>
        <translation>для case identity-request нужен один номер дела.</translation>
    </message>
    <message>
        <source>case identity-reply needs one case reference.</source>
        <translation>для case identity-reply нужен один номер дела.</translation>
    </message>
    <message>
        <source>unknown case subcommand “%1”.</source>
        <translation>неизвестная подкоманда case: «%1».</translation>
    </message>
    <message>
        <source>case %1 needs --%2.</source>
        <translation>для case %1 нужен параметр --%2.</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date. Write it as 30.04.2025, 30042025 or 2025-04-30.</source>
        <translation>--date: «%1» не является датой. Укажите её в виде 30.04.2025, 30042025 или 2025-04-30.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: identity request %2 of %3 logged; status %4.</source>
        <translation>%1: запрос о подтверждении личности № %2 от %3 зарегистрирован; статус: %4.</translation>
    </message>
    <message>
        <source>%1: reply %2 of %3 (%4) recorded for request %5; status %6.</source>
        <translation>%1: ответ № %2 от %3 (%4) на запрос № %5 внесён; статус: %6.</translation>
    </message>
    <message>
        <source>fill a new register with fictional cases (needs %1)</source>
        <translation>заполнить новый реестр вымышленными делами (нужен %1)</translation>
    </message>
    <message>
        <source>list the cases</source>
        <translation>вывести список дел</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>показать одно дело</translation>
    </message>
    <message>
        <source>move a case to another status</source>
        <translation>перевести дело в другой статус</translation>
    </message>
    <message>
        <source>log the identity request sent home</source>
        <translation>зарегистрировать запрос о подтверждении личности, направленный в Узбекистан</translation>
    </message>
    <message>
        <source>record the reply to it</source>
        <translation>зарегистрировать ответ на него</translation>
    </message>
    <message>
        <source>Qaytish: the register of return cases of a consular post.</source>
        <translation>Qaytish: реестр дел о возвращении консульского учреждения.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Status codes: %1.</source>
        <translation>Коды статусов: %1.</translation>
    </message>
    <message>
        <source>Reply results: %1.</source>
        <translation>Результаты ответа: %1.</translation>
    </message>
    <message>
        <source>Dates: %1.</source>
        <translation>Даты: %1.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 a check says no; 2 usage error, bad input, not found, or a foreign, damaged or newer file; 3 partly done; 4 not logged in or not allowed; 5 the register is busy.</source>
        <translation>Коды завершения: 0 — выполнено; 1 — проверка не пройдена; 2 — ошибка в команде, неверные данные, не найдено, чужой, повреждённый или более новый файл; 3 — выполнено частично; 4 — вход не выполнен или нет прав; 5 — реестр занят.</translation>
    </message>
    <message>
        <source>identity reply: the result, one of %1.</source>
        <translation>ответ на запрос: результат, одно из значений %1.</translation>
    </message>
    <message>
        <source>Run %1 for the commands and options.</source>
        <translation>Список команд и параметров: %1.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; give the number with %2.</source>
        <translation>Команда %1 не принимает аргументов; укажите количество в параметре %2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; search with %2.</source>
        <translation>Команда %1 не принимает аргументов; для поиска используйте %2.</translation>
    </message>
    <message>
        <source>The demo writes fictional cases and never into the officer&apos;s own register: name a separate file with %1.</source>
        <translation>Демонстрационные данные — только вымышленные дела, и они никогда не записываются в рабочий реестр должностного лица: укажите отдельный файл в параметре %1.</translation>
    </message>
    <message>
        <source>%1 needs one case reference, e.g. %2.</source>
        <translation>Для команды %1 нужен один номер дела, например: %2.</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>Для команды %1 нужна подкоманда: %2.</translation>
    </message>
    <message>
        <source>Case %1 has no identity request waiting for a reply: log the request first with %2.</source>
        <translation>По делу %1 нет запроса о подтверждении личности, ожидающего ответа: сначала зарегистрируйте запрос командой %2.</translation>
    </message>
    <message>
        <source>read and check a machine readable zone (lines as arguments, or from standard input); exit 1 when a check digit is wrong</source>
        <translation>прочитать и проверить машиносчитываемую зону (строки — аргументами или со стандартного ввода); код завершения 1, если контрольная цифра неверна</translation>
    </message>
    <message>
        <source>check and decode a PINFL; exit 1 when its check digit is wrong</source>
        <translation>проверить и расшифровать ПИНФЛ; код завершения 1, если контрольная цифра неверна</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Не удаётся прочитать стандартный ввод.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, код %2</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (срок истёк)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>Дополнительные данные</translation>
    </message>
    <message>
        <source>Check digit, %1</source>
        <translation>Контрольная цифра (%1)</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>верна</translation>
    </message>
    <message>
        <source>WRONG: the zone has %1, the rule gives %2</source>
        <translation>НЕВЕРНА: в зоне %1, по правилу получается %2</translation>
    </message>
    <message>
        <source>%1: not a PINFL. %2</source>
        <translation>%1: это не ПИНФЛ. %2</translation>
    </message>
    <message>
        <source>check digit correct</source>
        <translation>контрольная цифра верна</translation>
    </message>
    <message>
        <source>check digit wrong (the rule gives %1)</source>
        <translation>контрольная цифра неверна (по правилу получается %1)</translation>
    </message>
    <message>
        <source>its date of birth %1 differs from the zone&apos;s</source>
        <translation>дата рождения по нему (%1) не совпадает с датой в зоне</translation>
    </message>
    <message>
        <source>its sex %1 differs from the zone&apos;s</source>
        <translation>пол по нему (%1) не совпадает с полом в зоне</translation>
    </message>
    <message>
        <source>agrees with the zone&apos;s date of birth and sex</source>
        <translation>совпадает с датой рождения и полом в зоне</translation>
    </message>
    <message>
        <source>All check digits are correct.</source>
        <translation>Все контрольные цифры верны.</translation>
    </message>
    <message numerus="yes">
        <source>%n check digit(s) wrong: the zone was misread or altered.</source>
        <translation>
            <numerusform>Неверна %n контрольная цифра: зона прочитана с ошибкой или изменена.</numerusform>
            <numerusform>Неверны %n контрольные цифры: зона прочитана с ошибкой или изменена.</numerusform>
            <numerusform>Неверны %n контрольных цифр: зона прочитана с ошибкой или изменена.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs one number, e.g. %2.</source>
        <translation>Для команды %1 нужен один номер, например: %2.</translation>
    </message>
    <message>
        <source>The check digit is %1, but the rule gives %2.</source>
        <translation>Контрольная цифра — %1, а по правилу получается %2.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Дата рождения %1 позже сегодняшней.</translation>
    </message>
    <message>
        <source>Century of birth</source>
        <translation>Век рождения</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1-е годы</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Код района</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Контрольная цифра</translation>
    </message>
    <message>
        <source>WRONG: the rule gives %1</source>
        <translation>НЕВЕРНА: по правилу получается %1</translation>
    </message>
    <message>
        <source>The PINFL is valid.</source>
        <translation>ПИНФЛ корректен.</translation>
    </message>
    <message>
        <source>The PINFL is not valid: %1</source>
        <translation>ПИНФЛ некорректен: %1</translation>
    </message>
    <message>
        <source>import people from a CSV file as new cases</source>
        <translation>импортировать список лиц из файла CSV в виде новых дел</translation>
    </message>
    <message>
        <source>write the cases, or those found, to a CSV file</source>
        <translation>записать дела (все или найденные) в файл CSV</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: auto).</source>
        <translation>import: кодировка файла (по умолчанию — auto).</translation>
    </message>
    <message>
        <source>import: the field delimiter (default: auto).</source>
        <translation>import: разделитель полей (по умолчанию — auto).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>символ</translation>
    </message>
    <message>
        <source>import: how dates with slashes are read: %1.</source>
        <translation>import: порядок чтения дат с косой чертой: %1.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>порядок</translation>
    </message>
    <message>
        <source>import: write nothing when any row is rejected.</source>
        <translation>import: ничего не записывать, если отклонена хотя бы одна строка.</translation>
    </message>
    <message>
        <source>import: check the file and write nothing.</source>
        <translation>import: только проверить файл, ничего не записывая.</translation>
    </message>
    <message>
        <source>%1 needs one file, e.g. %2.</source>
        <translation>Для команды %1 нужен один файл, например: %2.</translation>
    </message>
    <message>
        <source>--encoding needs one of: %1.</source>
        <translation>для --encoding нужно одно из значений: %1.</translation>
    </message>
    <message>
        <source>--delimiter needs one of: %1.</source>
        <translation>для --delimiter нужно одно из значений: %1.</translation>
    </message>
    <message>
        <source>--date-format needs one of: %1.</source>
        <translation>для --date-format нужно одно из значений: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: the column “%2” is not known; it was not imported.</source>
        <translation>%1: столбец «%2» не распознан и не импортирован.</translation>
    </message>
    <message>
        <source>probable duplicate: %1 is also on line %2.</source>
        <translation>возможный дубликат: %1 также в строке %2.</translation>
    </message>
    <message>
        <source>probable duplicate: %1 is also in case %2.</source>
        <translation>возможный дубликат: %1 также есть в деле %2.</translation>
    </message>
    <message>
        <source>Checked %1: %2 of %3 rows can be imported; nothing was written.</source>
        <translation>Файл %1 проверен: можно импортировать %2 из %3 строк; ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected.</source>
        <translation>Ничего не импортировано: отклонено строк — %1 из %2.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 into %4.</source>
        <translation>Из %3 в %4 импортировано строк: %1 из %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to %1.</source>
        <translation>
            <numerusform>В %1 записано %Ln дело.</numerusform>
            <numerusform>В %1 записано %Ln дела.</numerusform>
            <numerusform>В %1 записано %Ln дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>store the person&apos;s photo from a JPEG or PNG file (centred crop)</source>
        <translation>сохранить фотографию лица из файла JPEG или PNG (с кадрированием по центру)</translation>
    </message>
    <message>
        <source>issue a Certificate of Return; prints its number</source>
        <translation>выдать Свидетельство на возвращение в Республику Узбекистан; выводит его номер</translation>
    </message>
    <message>
        <source>write the certificate as PDF (again, as often as needed)</source>
        <translation>записать свидетельство в PDF (повторно — столько раз, сколько нужно)</translation>
    </message>
    <message>
        <source>mark a blank spoiled or a certificate cancelled; it stays in the register</source>
        <translation>отметить бланк как испорченный или свидетельство как аннулированное; запись остаётся в реестре</translation>
    </message>
    <message>
        <source>check a certificate&apos;s QR code; exit 1 when forged, altered, expired or void</source>
        <translation>проверить QR-код свидетельства; код завершения 1, если свидетельство поддельное, изменено, просрочено или недействительно</translation>
    </message>
    <message>
        <source>list the register of certificates</source>
        <translation>вывести реестр свидетельств</translation>
    </message>
    <message>
        <source>write the register of certificates to a CSV file</source>
        <translation>записать реестр свидетельств в файл CSV</translation>
    </message>
    <message>
        <source>write the mission&apos;s public keys for checking QR codes offline</source>
        <translation>записать открытые ключи представительства для проверки QR-кодов без подключения к сети</translation>
    </message>
    <message>
        <source>create a return list (a flight manifest) and print its number</source>
        <translation>создать список на возвращение (список пассажиров рейса) и вывести его номер</translation>
    </message>
    <message>
        <source>put cases on a draft list</source>
        <translation>внести дела в проект списка</translation>
    </message>
    <message>
        <source>take a case off a draft list</source>
        <translation>исключить дело из проекта списка</translation>
    </message>
    <message>
        <source>list the hard stops and warnings; exit 3 when there is any</source>
        <translation>вывести безусловные препятствия и предупреждения; код завершения 3, если они есть</translation>
    </message>
    <message>
        <source>override a warning with the reason (hard stops cannot be overridden)</source>
        <translation>снять предупреждение с указанием причины (безусловные препятствия снять нельзя)</translation>
    </message>
    <message>
        <source>take the hard stops off and make the list final; the reason overrides the remaining warnings</source>
        <translation>исключить из списка лиц с безусловными препятствиями и утвердить список; указанная причина снимает оставшиеся предупреждения</translation>
    </message>
    <message>
        <source>make a final list a draft again</source>
        <translation>снова сделать утверждённый список проектом</translation>
    </message>
    <message>
        <source>after the flight: who boarded, and who did not (with the reason)</source>
        <translation>после рейса: у кого посадка состоялась, а кто на посадку не явился (с указанием причины)</translation>
    </message>
    <message>
        <source>close a list after the flight</source>
        <translation>завершить список после рейса</translation>
    </message>
    <message>
        <source>write the manifest or the reception list as a PDF</source>
        <translation>записать список пассажиров или список для встречи в PDF</translation>
    </message>
    <message>
        <source>write the manifest or the reception list as a CSV file</source>
        <translation>записать список пассажиров или список для встречи в файл CSV</translation>
    </message>
    <message>
        <source>show the return lists</source>
        <translation>показать списки на возвращение</translation>
    </message>
    <message>
        <source>certificate issue: store this photo first.</source>
        <translation>выдача свидетельства: сначала сохранить эту фотографию.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>certificate issue: days of validity (default: the mission&apos;s).</source>
        <translation>выдача свидетельства: срок действия в днях (по умолчанию — установленный представительством).</translation>
    </message>
    <message>
        <source>certificate issue: the receipt of the state duty.</source>
        <translation>выдача свидетельства: номер квитанции об уплате консульского сбора.</translation>
    </message>
    <message>
        <source>certificate issue: the reason for exemption from the state duty.</source>
        <translation>выдача свидетельства: основание освобождения от консульского сбора.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>certificate verify: read the QR code from this image.</source>
        <translation>проверка свидетельства: прочитать QR-код с этого изображения.</translation>
    </message>
    <message>
        <source>certificate verify: the mission&apos;s public key file (default: the register&apos;s keys).</source>
        <translation>проверка свидетельства: файл открытых ключей представительства (по умолчанию — ключи реестра).</translation>
    </message>
    <message>
        <source>return list: the flight number.</source>
        <translation>список на возвращение: номер рейса.</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>рейс</translation>
    </message>
    <message>
        <source>return list: the airport of departure (IATA code).</source>
        <translation>список на возвращение: аэропорт вылета (код IATA).</translation>
    </message>
    <message>
        <source>return list: the airport of arrival (IATA code).</source>
        <translation>список на возвращение: аэропорт прилёта (код IATA).</translation>
    </message>
    <message>
        <source>return list: the seats for its people.</source>
        <translation>список на возвращение: число мест для включённых в него лиц.</translation>
    </message>
    <message>
        <source>return list: the airline.</source>
        <translation>список на возвращение: авиакомпания.</translation>
    </message>
    <message>
        <source>return list: the time of departure.</source>
        <translation>список на возвращение: время вылета.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>certificate spoil, cancel; return list: the reason (spoiling, cancelling, overrides, reopening, not boarding, taking off).</source>
        <translation>отметка бланка как испорченного, аннулирование свидетельства; список на возвращение: причина (отметки бланка как испорченного, аннулирования, снятия предупреждений, открытия списка заново, неявки на посадку, исключения из списка).</translation>
    </message>
    <message>
        <source>return list: %1 or %2.</source>
        <translation>список на возвращение: вид — %1 или %2.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>return list: the paper: %1.</source>
        <translation>список на возвращение: формат бумаги: %1.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>бумага</translation>
    </message>
    <message>
        <source>%1 needs a case reference and an image file.</source>
        <translation>Для команды %1 нужны номер дела и файл изображения.</translation>
    </message>
    <message>
        <source>%1: photo stored from %2.</source>
        <translation>%1: фотография из %2 сохранена.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>Для команды %1 требуется: %2.</translation>
    </message>
    <message>
        <source>%1 needs the text of the QR code, or %2 and an image.</source>
        <translation>Для команды %1 нужен текст QR-кода или параметр %2 с изображением.</translation>
    </message>
    <message>
        <source>one case reference</source>
        <translation>один номер дела</translation>
    </message>
    <message>
        <source>one certificate number</source>
        <translation>один номер свидетельства</translation>
    </message>
    <message>
        <source>Wrote certificate %1 to %2.</source>
        <translation>Свидетельство %1 записано в %2.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>отсутствие аргументов</translation>
    </message>
    <message>
        <source>one file</source>
        <translation>один файл</translation>
    </message>
    <message>
        <source>“%1” is not a certificate status. Use one of: %2.</source>
        <translation>«%1» не является статусом свидетельства. Укажите один из: %2.</translation>
    </message>
    <message>
        <source>Wrote the register of certificates to %1.</source>
        <translation>Реестр свидетельств записан в %1.</translation>
    </message>
    <message>
        <source>Wrote %1 public keys of the mission to %2.</source>
        <translation>Открытые ключи представительства (%1) записаны в %2.</translation>
    </message>
    <message>
        <source>unknown certificate subcommand “%1”; use one of: %2.</source>
        <translation>неизвестная подкоманда для свидетельств: «%1»; укажите одну из: %2.</translation>
    </message>
    <message>
        <source>%1 needs a number of days from %2 to %3.</source>
        <translation>для %1 нужно число дней от %2 до %3.</translation>
    </message>
    <message>
        <source>give either %1 or %2.</source>
        <translation>укажите либо %1, либо %2.</translation>
    </message>
    <message>
        <source>qaytish-cli: %1: %2</source>
        <translation>qaytish-cli: ошибка: %1: %2</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Срок его действия истёк %1.</translation>
    </message>
    <message>
        <source>The register records it as “%1”: %2</source>
        <translation>В реестре оно значится со статусом «%1»: %2</translation>
    </message>
    <message>
        <source>HARD STOP</source>
        <translation>БЕЗУСЛОВНОЕ ПРЕПЯТСТВИЕ</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>снято</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>(overridden by %1: %2)</source>
        <translation>(снято должностным лицом %1: %2)</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>Для %1 нужна команда: %2.</translation>
    </message>
    <message>
        <source>unknown command “%1 %2”; the commands are: %3.</source>
        <translation>неизвестная команда «%1 %2»; доступные команды: %3.</translation>
    </message>
    <message>
        <source>%1 is written: %2.</source>
        <translation>Синтаксис команды %1: %2.</translation>
    </message>
    <message>
        <source>%1 needs a date such as %2.</source>
        <translation>для %1 нужна дата, например %2.</translation>
    </message>
    <message>
        <source>%1 needs a number of seats, 1 or more.</source>
        <translation>для %1 нужно число мест — 1 или больше.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <source>Took %1 off the list.</source>
        <translation>Дело %1 исключено из списка.</translation>
    </message>
    <message>
        <source>The list has no problems.</source>
        <translation>В списке нет замечаний.</translation>
    </message>
    <message>
        <source>Overrode “%1”.</source>
        <translation>Предупреждение «%1» снято.</translation>
    </message>
    <message>
        <source>taken off the list: %1</source>
        <translation>исключено из списка: %1</translation>
    </message>
    <message>
        <source>qaytish-cli: the list was not finalised: override each warning, or give the reason for all of them with %1.</source>
        <translation>qaytish-cli: ошибка: список не утверждён: снимите каждое предупреждение или укажите причину сразу для всех в параметре %1.</translation>
    </message>
    <message numerus="yes">
        <source>The list is final: %Ln passenger(s).</source>
        <translation>
            <numerusform>Список утверждён: %Ln пассажир.</numerusform>
            <numerusform>Список утверждён: %Ln пассажира.</numerusform>
            <numerusform>Список утверждён: %Ln пассажиров.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is a draft again.</source>
        <translation>Список снова стал проектом.</translation>
    </message>
    <message>
        <source>%1 boarded.</source>
        <translation>%1: посадка состоялась.</translation>
    </message>
    <message>
        <source>%1 did not board.</source>
        <translation>%1: неявка на посадку.</translation>
    </message>
    <message>
        <source>The list is completed.</source>
        <translation>Список завершён.</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>для %1 нужно одно из значений: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln passenger(s) to %1.</source>
        <translation>
            <numerusform>В %1 записан %Ln пассажир.</numerusform>
            <numerusform>В %1 записано %Ln пассажира.</numerusform>
            <numerusform>В %1 записано %Ln пассажиров.</numerusform>
        </translation>
    </message>
    <message>
        <source>count the cases by status and by condition, as the register window&apos;s dashboard does</source>
        <translation>подсчитать дела по статусам и условиям, как панель показателей окна реестра</translation>
    </message>
    <message>
        <source>Conditions: %1 (an identity check waiting longer than the mission&apos;s setting), %2 (an open case&apos;s travel document expiring within the mission&apos;s window), %3 (on a draft or final return list).</source>
        <translation>Условия: %1 (проверка личности ждёт ответа дольше срока из настроек представительства), %2 (проездной документ открытого дела истекает в пределах срока из настроек представительства), %3 (в проекте или утверждённом списке на возвращение).</translation>
    </message>
    <message>
        <source>list: only cases in this condition.</source>
        <translation>list: только дела с этим условием.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 не принимает аргументов.</translation>
    </message>
    <message>
        <source>“%1” is not a condition. Use one of: %2.</source>
        <translation>«%1» не является условием. Укажите одно из: %2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; name the register with %2.</source>
        <translation>%1 не принимает аргументов; укажите реестр с помощью %2.</translation>
    </message>
    <message>
        <source>%1: a sound register (schema version %2; full check).</source>
        <translation>%1: реестр исправен (версия схемы %2; полная проверка).</translation>
    </message>
    <message>
        <source>%1: a sound register (schema version %2; quick check; %3 reads every index too).</source>
        <translation>%1: реестр исправен (версия схемы %2; быстрая проверка; %3 читает также все индексы).</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore the register from a backup, or copy what can still be read into a new register.</source>
        <translation>Ничего не изменено. Восстановите реестр из резервной копии или перенесите то, что ещё читается, в новый реестр.</translation>
    </message>
    <message>
        <source>create the register, or upgrade it (idempotent); with an administrator (password from %1 or standard input) it gets user accounts</source>
        <translation>создать реестр или обновить его (повторный запуск безопасен); с администратором (пароль из %1 или стандартного ввода) реестр получает учётные записи пользователей</translation>
    </message>
    <message>
        <source>add a user; the new password is the next line of standard input</source>
        <translation>добавить пользователя; новый пароль — следующая строка стандартного ввода</translation>
    </message>
    <message>
        <source>show the users and their roles</source>
        <translation>показать пользователей и их роли</translation>
    </message>
    <message>
        <source>change your own password, or (administrator) reset another user&apos;s, who must change it at the next sign-in; the new password is the next line of standard input</source>
        <translation>сменить свой пароль или (администратор) сбросить пароль другого пользователя, который должен сменить его при следующем входе; новый пароль — следующая строка стандартного ввода</translation>
    </message>
    <message>
        <source>disable or enable an account</source>
        <translation>отключить или включить учётную запись</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Роли: %1.</translation>
    </message>
    <message>
        <source>A register with user accounts needs %1 and the password, from %2 or the first line of standard input.</source>
        <translation>Реестру с учётными записями нужны %1 и пароль — из %2 или первой строки стандартного ввода.</translation>
    </message>
    <message>
        <source>The user signing in; in a register without accounts, the acting officer (default: the system user).</source>
        <translation>Пользователь, выполняющий вход; в реестре без учётных записей — действующее должностное лицо (по умолчанию — пользователь системы).</translation>
    </message>
    <message>
        <source>init: the register&apos;s first user, its administrator.</source>
        <translation>init: первый пользователь реестра, его администратор.</translation>
    </message>
    <message>
        <source>init: a register without user accounts, which asks for no sign-in.</source>
        <translation>init: реестр без учётных записей, вход не требуется.</translation>
    </message>
    <message>
        <source>user add: a role, one of %1 (repeat it for several).</source>
        <translation>user add: роль, одна из %1 (для нескольких повторите параметр).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>init, user add: the user&apos;s full name.</source>
        <translation>init, user add: полное имя пользователя.</translation>
    </message>
    <message>
        <source>%1 and %2 exclude each other.</source>
        <translation>%1 и %2 исключают друг друга.</translation>
    </message>
    <message>
        <source>No password was given for the administrator %1: set %2 or write it on a line of standard input.</source>
        <translation>Не задан пароль администратора %1: задайте %2 или напишите его строкой стандартного ввода.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts already: add users with %2.</source>
        <translation>В реестре %1 уже есть учётные записи: добавляйте пользователей командой %2.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts now: %2 is its administrator, with every role.</source>
        <translation>В реестре %1 теперь есть учётные записи: %2 — его администратор со всеми ролями.</translation>
    </message>
    <message>
        <source>The register %1 stays without user accounts: it asks for no sign-in.</source>
        <translation>Реестр %1 остаётся без учётных записей: вход не требуется.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts: give %2 and the password (in %3, or on a line of standard input).</source>
        <translation>В реестре %1 есть учётные записи: укажите %2 и пароль (в %3 или строкой стандартного ввода).</translation>
    </message>
    <message>
        <source>No password was given for %1: set %2 or write it on a line of standard input.</source>
        <translation>Не задан пароль для %1: задайте %2 или напишите его строкой стандартного ввода.</translation>
    </message>
    <message>
        <source>An administrator reset the password of %1: choose a new one first with %2.</source>
        <translation>Администратор сбросил пароль %1: сначала задайте новый командой %2.</translation>
    </message>
    <message>
        <source>unknown user subcommand “%1”.</source>
        <translation>неизвестная подкоманда user: «%1».</translation>
    </message>
    <message>
        <source>%1 needs one user name.</source>
        <translation>%1 требует одно имя пользователя.</translation>
    </message>
    <message>
        <source>“%1” is not a role. Use one of: %2.</source>
        <translation>«%1» — не роль. Используйте одну из: %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one %2.</source>
        <translation>%1 требует хотя бы один %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>Учётная запись %1 включена.</translation>
    </message>
    <message>
        <source>No new password was given: write it on the next line of standard input.</source>
        <translation>Новый пароль не задан: напишите его следующей строкой стандартного ввода.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2).</source>
        <translation>Добавлен пользователь %1 (%2).</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Пароль %1 изменён.</translation>
    </message>
    <message>
        <source>The password of %1 is reset; it must be changed at the next sign-in.</source>
        <translation>Пароль %1 сброшен; его нужно сменить при следующем входе.</translation>
    </message>
    <message>
        <source>check that the register is sound, without changing it (%1 reads every index too); exit 0 when it is, 2 when it is damaged or not a register</source>
        <translation>проверить, что реестр исправен, не изменяя его (%1 читает также все индексы); код 0 — исправен, 2 — повреждён или не является реестром</translation>
    </message>
    <message>
        <source>%1: run SQLite&apos;s %2, which reads every index too, instead of %3.</source>
        <translation>%1: выполнить %2 SQLite, который читает также все индексы, вместо %3.</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 повреждён:</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain; exit 1 when an entry was changed, deleted or moved</source>
        <translation>проверить цепочку хешей журнала аудита; код 1, если запись изменена, удалена или перемещена</translation>
    </message>
    <message>
        <source>show the audit trail, newest first (the values only to officers and consuls)</source>
        <translation>показать журнал аудита, сначала новые записи (значения — только сотрудникам и консулам)</translation>
    </message>
    <message>
        <source>list the persons whose cases are past the mission&apos;s retention period, or anonymise them (administrator)</source>
        <translation>перечислить лиц, чьи дела превысили срок хранения представительства, или обезличить их (администратор)</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>unknown audit subcommand “%1”.</source>
        <translation>неизвестная подкоманда audit «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1: the audit trail is intact (%n entries; last hash %2).</source>
        <translation>
            <numerusform>%1: журнал аудита цел (%n запись; последний хеш %2).</numerusform>
            <numerusform>%1: журнал аудита цел (%n записи; последний хеш %2).</numerusform>
            <numerusform>%1: журнал аудита цел (%n записей; последний хеш %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail of %1 was tampered with:</source>
        <translation>журнал аудита %1 подделан:</translation>
    </message>
    <message>
        <source>unknown action “%1”; the actions are %2.</source>
        <translation>неизвестное действие «%1»; действия: %2.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (e.g. %3).</source>
        <translation>--%1: «%2» — не дата (например, %3).</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Дела %1 нет.</translation>
    </message>
    <message>
        <source>(values hidden)</source>
        <translation>(значения скрыты)</translation>
    </message>
    <message>
        <source>(values erased)</source>
        <translation>(значения стёрты)</translation>
    </message>
    <message>
        <source>unknown retention subcommand “%1”.</source>
        <translation>неизвестная подкоманда retention «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be anonymised.</source>
        <translation>
            <numerusform>Будет обезличено %n лицо.</numerusform>
            <numerusform>Будет обезличено %n лица.</numerusform>
            <numerusform>Будет обезличено %n лиц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from each:</source>
        <translation>У каждого удаляется:</translation>
    </message>
    <message>
        <source>Kept: the cases, their dates and statuses, sex, nationality.</source>
        <translation>Сохраняются: дела, их даты и статусы, пол, гражданство.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>Обезличено %n лицо.</numerusform>
            <numerusform>Обезличено %n лица.</numerusform>
            <numerusform>Обезличено %n лиц.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: print at most this many.</source>
        <translation>%1: вывести не больше стольких.</translation>
    </message>
    <message>
        <source>%1: only what this user did.</source>
        <translation>%1: только действия этого пользователя.</translation>
    </message>
    <message>
        <source>%1: only this action, one of %2.</source>
        <translation>%1: только это действие, одно из: %2.</translation>
    </message>
    <message>
        <source>%1: only entries about this case&apos;s person.</source>
        <translation>%1: только записи о лице этого дела.</translation>
    </message>
    <message>
        <source>%1: from this day on.</source>
        <translation>%1: начиная с этого дня.</translation>
    </message>
    <message>
        <source>%1: up to this day.</source>
        <translation>%1: по этот день включительно.</translation>
    </message>
    <message>
        <source>%1 must be a positive number.</source>
        <translation>%1 должен быть положительным числом.</translation>
    </message>
    <message>
        <source>write everything the register holds about the person of the case (a subject-access request): a PDF report, or JSON by the file&apos;s extension; the export is recorded in the audit trail</source>
        <translation>записать всё, что реестр хранит о лице, к которому относится дело (запрос лица о доступе к его данным): отчёт PDF или JSON, по расширению файла; выгрузка отмечается в журнале аудита</translation>
    </message>
    <message>
        <source>write a consistent copy of the whole register to FILE (administrator); with %1 it is sealed with the passphrase on the next line of standard input</source>
        <translation>записать согласованную копию всего реестра в FILE (администратор); с %1 она шифруется парольной фразой со следующей строки стандартного ввода</translation>
    </message>
    <message>
        <source>replace the register by a backup after checking the whole of it; the register as it was is kept as a safety copy (administrator, when the register has accounts)</source>
        <translation>заменить реестр резервной копией, проверив её целиком; прежний реестр сохраняется как страховочная копия (администратор, если в реестре есть учётные записи)</translation>
    </message>
    <message>
        <source>certificate pdf, public-key; return-list pdf, csv; subject-access: the file to write.</source>
        <translation>свидетельство в PDF, открытые ключи; список на возвращение в PDF или CSV; выгрузка данных о лице: файл для записи.</translation>
    </message>
    <message>
        <source>return list, subject-access: the language of the PDF: %1.</source>
        <translation>список на возвращение, выгрузка данных о лице: язык PDF: %1.</translation>
    </message>
    <message>
        <source>backup, restore: the backup&apos;s passphrase is the next line of standard input (after the sign-in password when that comes from there too).</source>
        <translation>backup, restore: парольная фраза резервной копии — следующая строка стандартного ввода (после пароля входа, если он тоже берётся оттуда).</translation>
    </message>
    <message>
        <source>backup: replace FILE when it exists.</source>
        <translation>backup: заменить FILE, если он существует.</translation>
    </message>
    <message>
        <source>%1 needs one file to write: %2.</source>
        <translation>%1 нужен один файл для записи: %2.</translation>
    </message>
    <message>
        <source>No passphrase was given for the backup %1: write it on the next line of standard input.</source>
        <translation>Не указана парольная фраза для резервной копии %1: напишите её на следующей строке стандартного ввода.</translation>
    </message>
    <message>
        <source>Give %1 to replace it.</source>
        <translation>Чтобы заменить его, укажите %1.</translation>
    </message>
    <message>
        <source>The register %1 was backed up to %2, sealed with the passphrase (%3 bytes).</source>
        <translation>Резервная копия реестра %1 записана в %2 и зашифрована парольной фразой (%3 байт).</translation>
    </message>
    <message>
        <source>The register %1 was backed up to %2, not sealed: anyone who has the file can read it (%3 bytes).</source>
        <translation>Резервная копия реестра %1 записана в %2 без шифрования: её может прочитать любой, у кого есть файл (%3 байт).</translation>
    </message>
    <message>
        <source>%1 needs one backup file: %2.</source>
        <translation>%1 нужен один файл резервной копии: %2.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup: its passphrase is needed. Give %2 and write the passphrase on the next line of standard input.</source>
        <translation>%1 — зашифрованная резервная копия: нужна её парольная фраза. Укажите %2 и напишите парольную фразу на следующей строке стандартного ввода.</translation>
    </message>
    <message>
        <source>The register %1 was made from the backup %2.</source>
        <translation>Реестр %1 создан из резервной копии %2.</translation>
    </message>
    <message>
        <source>The register %1 was restored from the backup %2. The register as it was is kept as %3.</source>
        <translation>Реестр %1 восстановлен из резервной копии %2. Прежний реестр сохранён как %3.</translation>
    </message>
    <message>
        <source>Wrote everything about the person of case %1 to %2.</source>
        <translation>Всё о лице по делу %1 записано в %2.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s); cases returned or closed before %1.</source>
        <translation>
            <numerusform>Срок хранения: %n год; дела, завершённые возвращением или закрытые до %1.</numerusform>
            <numerusform>Срок хранения: %n года; дела, завершённые возвращением или закрытые до %1.</numerusform>
            <numerusform>Срок хранения: %n лет; дела, завершённые возвращением или закрытые до %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The row has %1 fields, but the header has %2.</source>
        <translation>В строке полей: %1, а в заголовке: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 30.04.2025 or 2025-04-30).</source>
        <translation>«%1» не является датой (укажите в виде 30.04.2025 или 2025-04-30).</translation>
    </message>
    <message>
        <source>“%1” has no comma between the surname and the given names.</source>
        <translation>В «%1» нет запятой между фамилией и именем.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The file writes dates with slashes (“%1” on line %2), which can be read day first or month first. Nothing was imported: choose the date format (%3, %4 or %5).</source>
        <translation>В файле даты записаны через косую черту («%1» в строке %2), и первым в них может быть как день, так и месяц. Ничего не импортировано: выберите формат дат (%3, %4 или %5).</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line with column names.</source>
        <translation>%1 пуст: нет строки заголовка с названиями столбцов.</translation>
    </message>
    <message>
        <source>No column of the first line of %1 is known (surname, given names, date of birth, ...): it has no recognisable header.</source>
        <translation>%1: ни один столбец первой строки не распознан (фамилия, имя, дата рождения, ...): заголовок не найден.</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Фамилия (латиница)</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Имя (латиница)</translation>
    </message>
    <message>
        <source>Patronymic (Latin)</source>
        <translation>Отчество (латиница)</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Фамилия (кириллица)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Имя (кириллица)</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic)</source>
        <translation>Отчество (кириллица)</translation>
    </message>
    <message>
        <source>Surname, given names (one column)</source>
        <translation>Фамилия, имя (один столбец)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Passport expiry date</source>
        <translation>Срок действия паспорта</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>ПИНФЛ</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A-номер</translation>
    </message>
    <message>
        <source>Visa class</source>
        <translation>Категория визы</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата въезда</translation>
    </message>
    <message>
        <source>Authorised stay until</source>
        <translation>Разрешённый срок пребывания до</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Phone (contact abroad)</source>
        <translation>Телефон (контакты за рубежом)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Case reference (not imported)</source>
        <translation>Номер дела (не импортируется)</translation>
    </message>
    <message>
        <source>Status (not imported)</source>
        <translation>Статус (не импортируется)</translation>
    </message>
    <message>
        <source>“%1” can be read day first or month first: choose the date format.</source>
        <translation>В «%1» первым может быть как день, так и месяц: выберите формат дат.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Импортировано из %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>PINFL %1</source>
        <translation>ПИНФЛ %1</translation>
    </message>
    <message>
        <source>passport number %1</source>
        <translation>номер паспорта %1</translation>
    </message>
    <message>
        <source>the date of birth and the name of %1</source>
        <translation>дата рождения и имя (%1)</translation>
    </message>
    <message>
        <source>Exported by (not imported)</source>
        <translation>Кем экспортировано (не импортируется)</translation>
    </message>
    <message>
        <source>Exported at (not imported)</source>
        <translation>Когда экспортировано (не импортируется)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data). Choose a CSV file.</source>
        <translation>Это не текстовый файл (он содержит двоичные данные). Выберите файл CSV.</translation>
    </message>
    <message>
        <source>The file holds binary data after line %1: it is not a CSV file.</source>
        <translation>После строки %1 в файле идут двоичные данные: это не файл CSV.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote character (&quot;) is missing.</source>
        <translation>Поле в кавычках, которое начинается в строке %1, не закрыто: не хватает кавычки (&quot;).</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 million characters; a quote character (&quot;) is probably missing.</source>
        <translation>Запись, которая начинается в строке %1, длиннее %2 млн символов; вероятно, не хватает кавычки (&quot;).</translation>
    </message>
    <message>
        <source>The file is in %1, which the import does not read. Save it as CSV in %2 or %3.</source>
        <translation>Файл в кодировке %1, которую импорт не читает. Сохраните его как CSV в кодировке %2 или %3.</translation>
    </message>
    <message>
        <source>The encoding of the file is not known: it is neither %1 nor %2. Save it as CSV in %1.</source>
        <translation>Кодировка файла не распознана: это ни %1, ни %2. Сохраните его как CSV в кодировке %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1 near line %2. If it comes from an older spreadsheet, choose the encoding %3.</source>
        <translation>Около строки %2 файл не соответствует кодировке %1. Если он создан в старой программе электронных таблиц, выберите кодировку %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 is busy: another Qaytish window or program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Реестр %1 занят: в него записывает другое окно или программа Qaytish. Ничего не изменено; повторите попытку через некоторое время.</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be read (%2). Restore it from a backup or open another register.</source>
        <translation>Реестр %1 повреждён и не может быть прочитан (%2). Восстановите его из резервной копии или откройте другой реестр.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>Диск, на котором находится %1, заполнен. Ничего не изменено; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The register %1 refused a value: %2.</source>
        <translation>Реестр %1 отклонил значение: %2.</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation>Непредвиденная ошибка базы данных в %1: %2</translation>
    </message>
    <message>
        <source>No register file was given.</source>
        <translation>Файл реестра не указан.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file. Choose a file inside it or another file.</source>
        <translation>%1 — это папка, а не файл реестра. Выберите файл в этой папке или другой файл.</translation>
    </message>
    <message>
        <source>The register %1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>Не удаётся прочитать реестр %1: %2. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>%1 is not a Qaytish register: it is not a database file at all. It was left unchanged.</source>
        <translation>%1 не является реестром Qaytish: это вообще не файл базы данных. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Qaytish register. It was left unchanged.</source>
        <translation>%1 — база данных другой программы, а не реестр Qaytish. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: open it with the newer version.</source>
        <translation>%1 записан более новой версией Qaytish (версия реестра %2; эта версия читает до %3). Файл оставлен без изменений: откройте его в более новой версии.</translation>
    </message>
    <message>
        <source>The register %1 is read-only. Copy it to a folder you may write to, or ask for write permission.</source>
        <translation>Реестр %1 доступен только для чтения. Скопируйте его в папку, в которую можно записывать, или запросите право на запись.</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>Реестр %1 не существует.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish. It was left unchanged: open it with the newer version.</source>
        <translation>%1 записан более новой версией Qaytish. Файл оставлен без изменений: откройте его в более новой версии.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>В этой сборке нет миграции %1.</translation>
    </message>
    <message>
        <source>The register %1 cannot be written or read (%2). Nothing was changed. Check that the file and its folder may be written to and that the disk has free space.</source>
        <translation>Реестр %1 не удаётся записать или прочитать (%2). Ничего не изменено. Проверьте, что в файл и его папку разрешена запись и что на диске есть свободное место.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo cases must be at least 1.</source>
        <translation>Количество демонстрационных дел должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>The register %1 already holds cases. Demo cases are only written to a new, empty register.</source>
        <translation>В реестре %1 уже есть дела. Демонстрационные дела записываются только в новый пустой реестр.</translation>
    </message>
    <message>
        <source>Left the country on their own.</source>
        <translation>Самостоятельный выезд из страны.</translation>
    </message>
    <message>
        <source>Found to be a citizen of another country.</source>
        <translation>Установлено гражданство другого государства.</translation>
    </message>
    <message>
        <source>Legal status granted by the host country.</source>
        <translation>Государство пребывания предоставило законный статус.</translation>
    </message>
    <message>
        <source>Demo record: a fictional person.</source>
        <translation>Демонстрационная запись: вымышленное лицо.</translation>
    </message>
    <message>
        <source>Identity request %1 sent.</source>
        <translation>Направлен запрос о подтверждении личности № %1.</translation>
    </message>
    <message>
        <source>Cancelled: no demo case was written.</source>
        <translation>Отменено: ни одно демонстрационное дело не записано.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same PINFL</source>
        <translation>совпадает ПИНФЛ</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>совпадает номер паспорта</translation>
    </message>
    <message>
        <source>same date of birth and a matching name</source>
        <translation>совпадают дата рождения и имя</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 was not kept, because its export could not be recorded in the audit trail: %2</source>
        <translation>Файл %1 не сохранён, так как его экспорт не удалось записать в журнал аудита: %2</translation>
    </message>
</context>
<context>
    <name>MissionSettingsStore</name>
    <message>
        <source>The document number prefix must be 1 to 8 capital Latin letters or digits.</source>
        <translation>Префикс номера документа — от 1 до 8 заглавных латинских букв или цифр.</translation>
    </message>
    <message>
        <source>The validity of a certificate must be %1 to %2 days (one to three months).</source>
        <translation>Срок действия свидетельства — от %1 до %2 дней (от одного до трёх месяцев).</translation>
    </message>
    <message>
        <source>The passport margin must be 0 to 365 days.</source>
        <translation>Допуск для паспорта — от 0 до 365 дней.</translation>
    </message>
    <message>
        <source>The stored photo must be 200 × 250 to 2000 × 2600 pixels.</source>
        <translation>Сохраняемая фотография — от 200 × 250 до 2000 × 2600 пикселей.</translation>
    </message>
    <message>
        <source>The smallest accepted photo must be at least 100 × 130 pixels.</source>
        <translation>Наименьший допустимый размер фотографии — не меньше 100 × 130 пикселей.</translation>
    </message>
    <message>
        <source>The days after which an identity check is overdue must be 1 to 3650.</source>
        <translation>Срок, после которого проверка личности считается просроченной, — от 1 до 3650 дней.</translation>
    </message>
    <message>
        <source>The mission&apos;s name is needed in Uzbek and in Russian.</source>
        <translation>Название представительства нужно на узбекском и русском языках.</translation>
    </message>
    <message>
        <source>The document title is needed in Uzbek and in Russian.</source>
        <translation>Заголовок документа нужен на узбекском и русском языках.</translation>
    </message>
    <message>
        <source>English on documents needs the mission&apos;s name and the document title in English.</source>
        <translation>Для английского текста в документах нужны название представительства и заголовок документа на английском.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as %1.</source>
        <translation>Валюта — трёхбуквенный код, например %1.</translation>
    </message>
    <message>
        <source>The paper size must be %1 or %2.</source>
        <translation>Формат бумаги — %1 или %2.</translation>
    </message>
    <message>
        <source>The consular fee for an adult must be an amount such as 60 or 60.00.</source>
        <translation>Консульский сбор для взрослого — сумма, например 60 или 60.00.</translation>
    </message>
    <message>
        <source>The consular fee for a minor must be an amount such as 10 or 10.00.</source>
        <translation>Консульский сбор для несовершеннолетнего — сумма, например 10 или 10.00.</translation>
    </message>
    <message>
        <source>The days before a travel document expires that it is counted as expiring must be 1 to 365.</source>
        <translation>Число дней до истечения проездного документа, в течение которых он считается истекающим, должно быть от 1 до 365.</translation>
    </message>
    <message>
        <source>The daily safety copies kept must be 1 to 60.</source>
        <translation>Число хранимых ежедневных страховочных копий должно быть от 1 до 60.</translation>
    </message>
    <message>
        <source>The retention period must be 1 to 30 years.</source>
        <translation>Срок хранения должен быть от 1 до 30 лет.</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>Line %1, position %2: %3 cannot stand in a machine readable zone, which has only A-Z, 0-9 and &lt;.</source>
        <translation>Строка %1, позиция %2: символ %3 недопустим в машиносчитываемой зоне — в ней бывают только латинские буквы A–Z, цифры 0–9 и знак &lt;.</translation>
    </message>
    <message numerus="yes">
        <source>A machine readable zone has 2 lines (passport) or 3 lines (identity card), but %n line(s) were given.</source>
        <translation>
            <numerusform>Машиносчитываемая зона состоит из 2 строк (паспорт) или 3 строк (ID-карта), а введена %n строка.</numerusform>
            <numerusform>Машиносчитываемая зона состоит из 2 строк (паспорт) или 3 строк (ID-карта), а введены %n строки.</numerusform>
            <numerusform>Машиносчитываемая зона состоит из 2 строк (паспорт) или 3 строк (ID-карта), а введено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has %2 characters, but a line of a machine readable zone has 44 (passport, TD3), 36 (TD2) or 30 (identity card, TD1).</source>
        <translation>Длина строки %1 — %2, а строка машиносчитываемой зоны содержит 44 (паспорт, TD3), 36 (TD2) или 30 (ID-карта, TD1) символов.</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters, but line 1 has %3: all lines of a machine readable zone have the same length.</source>
        <translation>Длина строки %1 — %2, а строки 1 — %3: все строки машиносчитываемой зоны должны быть одной длины.</translation>
    </message>
    <message>
        <source>A machine readable zone of 3 lines is an identity card (TD1) with 30 characters a line, but line 1 has %1.</source>
        <translation>Машиносчитываемая зона из 3 строк — это ID-карта (TD1) с 30 символами в строке, а длина строки 1 — %1.</translation>
    </message>
    <message>
        <source>Lines of 30 characters are an identity card zone (TD1), which has 3 lines, but 2 were given.</source>
        <translation>Строки по 30 символов — это зона ID-карты (TD1), в которой 3 строки, а введены только 2.</translation>
    </message>
    <message>
        <source>Line %1, positions %2-%3: the %4 “%5” is not a date (YYMMDD).</source>
        <translation>Строка %1, позиции %2–%3: %4 «%5» не является датой (ГГММДД).</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>date of expiry</source>
        <translation>дата окончания срока действия</translation>
    </message>
    <message>
        <source>Line %1, position %2: the sex is M, F, X or &lt;, not %3.</source>
        <translation>Строка %1, позиция %2: пол обозначается M, F, X или &lt;, а не %3.</translation>
    </message>
    <message>
        <source>No machine readable zone was given: it has 2 or 3 lines of A-Z, 0-9 and &lt;.</source>
        <translation>Машиносчитываемая зона не введена: она состоит из 2 или 3 строк из латинских букв A–Z, цифр 0–9 и знака &lt;.</translation>
    </message>
    <message>
        <source>Line 1, position 1: “V” is a visa. Qaytish reads the zones of passports and identity cards (TD3, TD2, TD1), not of visas.</source>
        <translation>Строка 1, позиция 1: «V» означает визу. Qaytish читает зоны паспортов и ID-карт (TD3, TD2, TD1), но не виз.</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>личный номер</translation>
    </message>
    <message>
        <source>composite (whole zone)</source>
        <translation>общая (по всей зоне)</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password is empty.</source>
        <translation>Пароль пуст.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>Пароль слишком короткий: нужно не менее %1 символов.</translation>
    </message>
    <message>
        <source>The password must not be the user&apos;s name.</source>
        <translation>Пароль не должен совпадать с именем пользователя.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Не удаётся запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Недостаточно памяти для защиты пароля.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 may not do this: it needs the %2 role.</source>
        <translation>%1 не может выполнить это действие: нужна роль «%2».</translation>
    </message>
    <message>
        <source>%1 may not do this: it needs one of the roles %2.</source>
        <translation>%1 не может выполнить это действие: нужна одна из ролей: %2.</translation>
    </message>
    <message>
        <source>This register has user accounts: sign in first.</source>
        <translation>В этом реестре есть учётные записи: сначала выполните вход.</translation>
    </message>
    <message>
        <source>The user %1 is not an account of this register: sign in again.</source>
        <translation>Пользователь %1 не имеет учётной записи в этом реестре: войдите снова.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>Учётная запись %1 отключена: обратитесь к администратору.</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>consul</source>
        <translation>консул</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
</context>
<context>
    <name>PersonLinks</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Дела %1 не существует.</translation>
    </message>
    <message>
        <source>A person can only be linked with another person.</source>
        <translation>Лицо можно связать только с другим лицом.</translation>
    </message>
</context>
<context>
    <name>PersonPhotoStore</name>
    <message>
        <source>The case is not in the register.</source>
        <translation>Дела нет в реестре.</translation>
    </message>
    <message>
        <source>The photo is not a JPEG image.</source>
        <translation>Фотография не является изображением JPEG.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 не является изображением JPEG или PNG.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>Не удаётся прочитать %1 как изображение: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>The photo is too small: the face area is %1 × %2 pixels; at least %3 × %4 are needed. Use a sharper photo or zoom out.</source>
        <translation>Фотография слишком мала: область лица — %1 × %2 пикселей, а нужно не меньше %3 × %4. Используйте более чёткую фотографию или уменьшите масштаб.</translation>
    </message>
    <message>
        <source>The crop lies outside the photo.</source>
        <translation>Область кадрирования выходит за пределы фотографии.</translation>
    </message>
    <message>
        <source>The photo cannot be encoded: %1</source>
        <translation>Не удаётся закодировать фотографию: %1</translation>
    </message>
</context>
<context>
    <name>Pinfl</name>
    <message>
        <source>The PINFL may contain only digits, but character %1 is &quot;%2&quot;.</source>
        <translation>ПИНФЛ может содержать только цифры, а символ %1 — «%2».</translation>
    </message>
    <message numerus="yes">
        <source>A PINFL has 14 digits, but %n digit(s) were entered.</source>
        <translation>
            <numerusform>ПИНФЛ состоит из 14 цифр, а введена %n цифра.</numerusform>
            <numerusform>ПИНФЛ состоит из 14 цифр, а введены %n цифры.</numerusform>
            <numerusform>ПИНФЛ состоит из 14 цифр, а введено %n цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first digit of a PINFL gives the century of birth and the sex and must be 1 to 6, but it is %1.</source>
        <translation>Первая цифра ПИНФЛ обозначает век рождения и пол и должна быть от 1 до 6, а она равна %1.</translation>
    </message>
    <message>
        <source>Digits 2 to 7 of a PINFL are the date of birth (DDMMYY), but %1 is not a real date (day %2, month %3, year %4).</source>
        <translation>Цифры со 2-й по 7-ю в ПИНФЛ — дата рождения (ДДММГГ), но %1 не является существующей датой (день %2, месяц %3, год %4).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer did not take the document.</source>
        <translation>Принтер не принял документ.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The image is empty.</source>
        <translation>Изображение пустое.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>На изображении не найден QR-код.</translation>
    </message>
</context>
<context>
    <name>RegisterCheck</name>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>Реестр %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Qaytish register.</source>
        <translation>%1 — пустой файл, а не реестр Qaytish.</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: %1</source>
        <translation>SQLite не может прочитать файл: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: check it with the newer version.</source>
        <translation>%1 записан более новой версией Qaytish (версия реестра %2; эта версия читает до %3). Файл оставлен без изменений: проверьте его более новой версией.</translation>
    </message>
    <message>
        <source>SQLite finds: %1</source>
        <translation>SQLite сообщает: %1</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 refers to a row of %3 that does not exist.</source>
        <translation>Строка %1 таблицы %2 ссылается на несуществующую строку таблицы %3.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: %2 recorded, but the highest number is %3; numbers are missing.</source>
        <translation>Номера свидетельств %1: записано %2, но наибольший номер — %3; номера пропущены.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: the counter stands behind the highest number issued, %2.</source>
        <translation>Номера свидетельств %1: счётчик отстаёт от наибольшего выданного номера, %2.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: numbers up to %2 were issued, but the register holds them only up to %3.</source>
        <translation>Номера свидетельств %1: выданы номера до %2, но в реестре они есть только до %3.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: numbers up to %2 were issued, but the register holds none of them.</source>
        <translation>Номера свидетельств %1: выданы номера до %2, но в реестре нет ни одного из них.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>names in both scripts, birth date and place</source>
        <translation>имена в обеих письменностях, дата и место рождения</translation>
    </message>
    <message>
        <source>PINFL, passport and host-country reference</source>
        <translation>ПИНФЛ, паспорт и номер дела страны пребывания</translation>
    </message>
    <message>
        <source>contacts abroad and at home, family group</source>
        <translation>контакты за рубежом и на родине, семейная группа</translation>
    </message>
    <message>
        <source>notes, comments, operational needs, interview details, receivers at home</source>
        <translation>заметки, комментарии, оперативные потребности, сведения о беседах, встречающие на родине</translation>
    </message>
    <message>
        <source>the photo, and the names and photo on certificates (their numbers, dates and statuses stay)</source>
        <translation>фотография, а также имена и фотография в свидетельствах (их номера, даты и статусы остаются)</translation>
    </message>
    <message>
        <source>the person&apos;s key to the audit trail: the values recorded there can no longer be read</source>
        <translation>ключ лица к журналу аудита: записанные там значения больше нельзя прочитать</translation>
    </message>
    <message numerus="yes">
        <source>The %n safety copies beside the register hold the data to be removed: they will be deleted and a new copy made.</source>
        <translation>
            <numerusform>%n страховочная копия рядом с реестром содержит удаляемые данные: она будет удалена, и будет сделана новая копия.</numerusform>
            <numerusform>%n страховочные копии рядом с реестром содержат удаляемые данные: они будут удалены, и будет сделана новая копия.</numerusform>
            <numerusform>%n страховочных копий рядом с реестром содержат удаляемые данные: они будут удалены, и будет сделана новая копия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before still hold it until they are destroyed.</source>
        <translation>Резервные копии, сделанные ранее, содержат эти данные, пока их не уничтожат.</translation>
    </message>
    <message numerus="yes">
        <source>%n safety copies made before were deleted.</source>
        <translation>
            <numerusform>Удалена %n страховочная копия, сделанная ранее.</numerusform>
            <numerusform>Удалены %n страховочные копии, сделанные ранее.</numerusform>
            <numerusform>Удалено %n страховочных копий, сделанных ранее.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new safety copy was made: %1</source>
        <translation>Сделана новая страховочная копия: %1</translation>
    </message>
    <message>
        <source>No new safety copy could be made: %1</source>
        <translation>Не удалось сделать новую страховочную копию: %1</translation>
    </message>
    <message>
        <source>These safety copies could not be deleted and still hold the removed data; delete them by hand: %1</source>
        <translation>Эти страховочные копии не удалось удалить, и в них остаются удалённые данные; удалите их вручную: %1</translation>
    </message>
    <message>
        <source>Backups made before still hold the removed data until they are destroyed.</source>
        <translation>Резервные копии, сделанные ранее, содержат удалённые данные, пока их не уничтожат.</translation>
    </message>
</context>
<context>
    <name>ReturnListRepository</name>
    <message>
        <source>Court stay of removal</source>
        <translation>Приостановление выдворения судом</translation>
    </message>
    <message>
        <source>“Do not board” instruction</source>
        <translation>Указание «не допускать к посадке»</translation>
    </message>
    <message>
        <source>Unaccompanied minor without a confirmed receiver</source>
        <translation>Несовершеннолетний без сопровождения, встречающий не подтверждён</translation>
    </message>
    <message>
        <source>Case closed or returned</source>
        <translation>Дело закрыто или возвращение состоялось</translation>
    </message>
    <message>
        <source>Family member not on this list</source>
        <translation>Член семьи не включён в этот список</translation>
    </message>
    <message>
        <source>Minor without a guardian or escort on the list</source>
        <translation>Несовершеннолетний без опекуна или сопровождающего в списке</translation>
    </message>
    <message>
        <source>Travel document expires too soon</source>
        <translation>Срок действия проездного документа истекает слишком рано</translation>
    </message>
    <message>
        <source>On another open list</source>
        <translation>В другом открытом списке</translation>
    </message>
    <message>
        <source>Capacity exceeded</source>
        <translation>Превышено число мест</translation>
    </message>
    <message>
        <source>Document not yet issued</source>
        <translation>Документ ещё не выдан</translation>
    </message>
    <message>
        <source>The flight number is missing.</source>
        <translation>Не указан номер рейса.</translation>
    </message>
    <message>
        <source>“%1” is not a flight number: the airline&apos;s code and the number, e.g. %2.</source>
        <translation>«%1» не является номером рейса: укажите код авиакомпании и номер, например %2.</translation>
    </message>
    <message>
        <source>The flight date is missing or not a date.</source>
        <translation>Дата рейса не указана или указана неверно.</translation>
    </message>
    <message>
        <source>“%1” is not a time of departure: write hours and minutes, e.g. %2.</source>
        <translation>«%1» не является временем вылета: укажите часы и минуты, например %2.</translation>
    </message>
    <message>
        <source>The airport of departure “%1” is not an IATA code of three letters, e.g. %2.</source>
        <translation>Аэропорт вылета «%1» указан не трёхбуквенным кодом IATA (например, %2).</translation>
    </message>
    <message>
        <source>The airport of arrival “%1” is not an IATA code of three letters, e.g. %2.</source>
        <translation>Аэропорт прибытия «%1» указан не трёхбуквенным кодом IATA (например, %2).</translation>
    </message>
    <message>
        <source>The airports of departure and arrival are both %1.</source>
        <translation>Аэропорты вылета и прибытия совпадают: %1.</translation>
    </message>
    <message>
        <source>The capacity must be a number of seats from 0 (not set) upwards.</source>
        <translation>Число мест должно быть целым числом от 0 (не задано) и больше.</translation>
    </message>
    <message>
        <source>There is no return list %1 in the register.</source>
        <translation>Списка на возвращение № %1 в реестре нет.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a return list.</source>
        <translation>«%1» не является номером списка на возвращение.</translation>
    </message>
    <message>
        <source>The list of flight %1 on %2 is final: reopen it (with the reason) before changing it.</source>
        <translation>Список на рейс %1 от %2 утверждён: прежде чем изменять его, откройте его заново (с указанием причины).</translation>
    </message>
    <message>
        <source>The list of flight %1 on %2 is completed and cannot change.</source>
        <translation>Список на рейс %1 от %2 завершён и не может быть изменён.</translation>
    </message>
    <message>
        <source>The escort&apos;s name is missing.</source>
        <translation>Не указано имя сопровождающего.</translation>
    </message>
    <message>
        <source>There is no such escort on the list.</source>
        <translation>Такого сопровождающего в списке нет.</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: only an open case may join a return list.</source>
        <translation>Дело %1 имеет статус «%2»: в список на возвращение можно включить только открытое дело.</translation>
    </message>
    <message>
        <source>Case %1 is already on the list.</source>
        <translation>Дело %1 уже есть в списке.</translation>
    </message>
    <message>
        <source>Case %1 was taken off the list at once: %2</source>
        <translation>Дело %1 сразу исключено из списка: %2</translation>
    </message>
    <message>
        <source>The case is not on the list.</source>
        <translation>Этого дела нет в списке.</translation>
    </message>
    <message>
        <source>Give the reason for taking the person off the list.</source>
        <translation>Укажите причину исключения лица из списка.</translation>
    </message>
    <message>
        <source>%1: the case is “%2”.</source>
        <translation>%1: дело имеет статус «%2».</translation>
    </message>
    <message>
        <source>%1: a court stayed the removal.</source>
        <translation>%1: выдворение приостановлено судом.</translation>
    </message>
    <message>
        <source>%1: a court stayed the removal (%2).</source>
        <translation>%1: выдворение приостановлено судом (%2).</translation>
    </message>
    <message>
        <source>%1: a “do not board” instruction is recorded.</source>
        <translation>%1: внесено указание «не допускать к посадке».</translation>
    </message>
    <message>
        <source>%1: a “do not board” instruction is recorded (%2).</source>
        <translation>%1: внесено указание «не допускать к посадке» (%2).</translation>
    </message>
    <message>
        <source>%1: an unaccompanied minor, and no parent or guardianship authority has confirmed that they receive the child.</source>
        <translation>%1: несовершеннолетний без сопровождения, и ни родитель, ни орган опеки и попечительства не подтвердили, что встретят ребёнка.</translation>
    </message>
    <message>
        <source>%1: a minor with neither a guardian nor an escort on the list.</source>
        <translation>%1: несовершеннолетний, в списке нет ни опекуна, ни сопровождающего.</translation>
    </message>
    <message>
        <source>%1 is not on this list</source>
        <translation>%1 отсутствует в этом списке</translation>
    </message>
    <message>
        <source>%1 is on the list of flight %2 on %3</source>
        <translation>%1 находится в списке на рейс %2 от %3</translation>
    </message>
    <message>
        <source>%1: family “%2”: %3.</source>
        <translation>%1: семья «%2»: %3.</translation>
    </message>
    <message>
        <source>%1: neither a valid Certificate of Return nor a passport is recorded.</source>
        <translation>%1: не внесены ни действительное Свидетельство на возвращение в Республику Узбекистан, ни паспорт.</translation>
    </message>
    <message>
        <source>%1: the Certificate of Return %2 is valid until %3, less than %4 days after the flight.</source>
        <translation>%1: Свидетельство на возвращение в Республику Узбекистан № %2 действительно до %3, то есть менее %4 дней после рейса.</translation>
    </message>
    <message>
        <source>%1: the passport %2 is valid until %3, less than %4 days after the flight.</source>
        <translation>%1: паспорт %2 действителен до %3, то есть менее %4 дней после рейса.</translation>
    </message>
    <message>
        <source>flight %1 on %2 (list %3)</source>
        <translation>рейс %1 от %2 (список № %3)</translation>
    </message>
    <message>
        <source>%1 is also on the open list of %2.</source>
        <translation>%1 также находится в открытом списке: %2.</translation>
    </message>
    <message>
        <source>%1: the case is “%2”, not yet “%3”.</source>
        <translation>%1: статус дела — «%2», ещё не «%3».</translation>
    </message>
    <message>
        <source>%1 passengers and %2 escorts need %3 seats; the capacity is %4.</source>
        <translation>Пассажирам (%1) и сопровождающим (%2) нужно мест: %3; всего мест: %4.</translation>
    </message>
    <message>
        <source>“%1” is a hard stop: no reason overrides it, and the person is taken off the list.</source>
        <translation>«%1» — безусловное препятствие: никакая причина его не снимает, и лицо исключается из списка.</translation>
    </message>
    <message>
        <source>“%1” is not a warning of a return list. Warnings: %2.</source>
        <translation>«%1» не является предупреждением списка на возвращение. Предупреждения: %2.</translation>
    </message>
    <message>
        <source>Give the reason for overriding the warning.</source>
        <translation>Укажите причину снятия предупреждения.</translation>
    </message>
    <message>
        <source>The list has no warning “%1” to override for this case.</source>
        <translation>В списке нет предупреждения «%1» по этому делу, которое можно было бы снять.</translation>
    </message>
    <message>
        <source>The list has no passengers: there is nothing to finalise.</source>
        <translation>В списке нет пассажиров: утверждать нечего.</translation>
    </message>
    <message>
        <source>Return list of flight %1 on %2 finalised.</source>
        <translation>Список на возвращение на рейс %1 от %2 утверждён.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the list.</source>
        <translation>Укажите причину открытия списка заново.</translation>
    </message>
    <message>
        <source>Only a final list can be reopened.</source>
        <translation>Открыть заново можно только утверждённый список.</translation>
    </message>
    <message>
        <source>Boarding has been recorded for this list: it can no longer be reopened.</source>
        <translation>По этому списку уже отмечена посадка: открыть его заново больше нельзя.</translation>
    </message>
    <message>
        <source>Give the reason why the person did not board.</source>
        <translation>Укажите причину неявки лица на посадку.</translation>
    </message>
    <message>
        <source>Boarding is recorded on a final list, after the flight.</source>
        <translation>Посадка отмечается в утверждённом списке после рейса.</translation>
    </message>
    <message>
        <source>The flight is on %1: boarding is recorded after it.</source>
        <translation>Дата рейса — %1: посадка отмечается после рейса.</translation>
    </message>
    <message>
        <source>Boarding of %1 is already recorded.</source>
        <translation>Посадка лица %1 уже отмечена.</translation>
    </message>
    <message>
        <source>Boarded flight %1 on %2.</source>
        <translation>Посадка на рейс %1 от %2 состоялась.</translation>
    </message>
    <message>
        <source>Did not board flight %1 on %2: %3</source>
        <translation>Неявка на посадку на рейс %1 от %2: %3</translation>
    </message>
    <message>
        <source>Only a final list can be completed.</source>
        <translation>Завершить можно только утверждённый список.</translation>
    </message>
    <message numerus="yes">
        <source>Record for every passenger whether they boarded: %n not yet.</source>
        <translation>
            <numerusform>Отметьте для каждого пассажира, состоялась ли посадка: без отметки ещё %n пассажир.</numerusform>
            <numerusform>Отметьте для каждого пассажира, состоялась ли посадка: без отметки ещё %n пассажира.</numerusform>
            <numerusform>Отметьте для каждого пассажира, состоялась ли посадка: без отметки ещё %n пассажиров.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1: the person objects to consular action, so no receiver at home is recorded or contacted.</source>
        <translation>Дело %1: лицо возражает против консульских действий, поэтому встречающий на родине не записывается и с ним не связываются.</translation>
    </message>
    <message>
        <source>Case %1: the person has not consented to contacting relatives, so no receiver&apos;s contact is recorded.</source>
        <translation>Дело %1: лицо не дало согласия на связь с родственниками, поэтому контакт встречающего не записывается.</translation>
    </message>
</context>
<context>
    <name>SafetyCopies</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 for safety copies cannot be made.</source>
        <translation>Не удаётся создать папку %1 для страховочных копий.</translation>
    </message>
    <message>
        <source>No safety copy of %1 could be made in %2: %3</source>
        <translation>Не удалось сделать страховочную копию %1 в %2: %3</translation>
    </message>
    <message>
        <source>%1 is left from the register before the restore and cannot be removed; remove it before opening the register.</source>
        <translation>%1 остался от реестра до восстановления, и его не удаётся удалить; удалите его, прежде чем открывать реестр.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); the register was left as it was.</source>
        <translation>%1 повреждён (%2); реестр оставлен без изменений.</translation>
    </message>
    <message>
        <source>The register %1 is open in another program (another Qaytish window, or the command-line program): close it there first. The register was left as it was.</source>
        <translation>Реестр %1 открыт в другой программе (в другом окне Qaytish или в программе командной строки): сначала закройте его там. Реестр оставлен без изменений.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The cryptographic library could not be started.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>The mission&apos;s signing key is missing.</source>
        <translation>Отсутствует ключ подписи представительства.</translation>
    </message>
    <message>
        <source>The mission&apos;s signing key %1 is damaged.</source>
        <translation>Ключ подписи представительства %1 повреждён.</translation>
    </message>
    <message>
        <source>This is not the QR code of a certificate of return (version %1).</source>
        <translation>Это не QR-код Свидетельства на возвращение в Республику Узбекистан (версия %1).</translation>
    </message>
    <message>
        <source>The QR code has been altered: its dates or signature cannot be read.</source>
        <translation>QR-код изменён: его даты или подпись не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The QR code was signed with the key %1, which is not a key of this mission.</source>
        <translation>QR-код подписан ключом %1, который не является ключом этого представительства.</translation>
    </message>
    <message>
        <source>The signature does not match: the QR code is forged or altered.</source>
        <translation>Подпись не совпадает: QR-код подделан или изменён.</translation>
    </message>
    <message>
        <source>Genuine: certificate %1 for %2 %3, born %4, valid until %5 (key %6).</source>
        <translation>Подлинное: свидетельство № %1 на имя %2 %3, дата рождения %4, действительно до %5 (ключ %6).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not a public key of a mission.</source>
        <translation>%1, строка %2: это не открытый ключ представительства.</translation>
    </message>
    <message>
        <source>%1 holds no public key of a mission.</source>
        <translation>В %1 нет открытого ключа представительства.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Qaytish: the register of return cases for consular officers.</source>
        <translation>Qaytish: реестр дел о возвращении для консульских должностных лиц.</translation>
    </message>
    <message>
        <source>Open this register instead of the last one.</source>
        <translation>Открыть этот реестр вместо последнего.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Unknown language %1: use one of %2.</source>
        <translation>Неизвестный язык %1: укажите один из следующих: %2.</translation>
    </message>
    <message>
        <source>The interface language, one of %1 (remembered).</source>
        <translation>Язык интерфейса, одно из значений %1 (запоминается).</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Дела %1 нет.</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2 (a report to read) or %3 (the data for another system).</source>
        <translation>%1: имя файла должно оканчиваться на %2 (отчёт для чтения) или %3 (данные для другой системы).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <source>Export everything about this &amp;person…</source>
        <translation>Выгрузить всё об этом &amp;лице…</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Выгрузить всё об этом лице</translation>
    </message>
    <message>
        <source>Everything the register holds about the person of case %1 was written to %2. The export is recorded in the audit trail.</source>
        <translation>Всё, что реестр хранит о лице по делу %1, записано в %2. Выгрузка отмечена в журнале аудита.</translation>
    </message>
    <message>
        <source>PDF report (%1)</source>
        <translation>Отчёт PDF (%1)</translation>
    </message>
    <message>
        <source>JSON data (%1)</source>
        <translation>Данные JSON (%1)</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user name is empty.</source>
        <translation>Имя пользователя пусто.</translation>
    </message>
    <message>
        <source>The user name “%1” may hold letters, digits, dots, dashes and underscores only, at most 64 of them.</source>
        <translation>Имя пользователя «%1» может содержать только буквы, цифры, точки, дефисы и подчёркивания, не более 64 символов.</translation>
    </message>
    <message>
        <source>The register has user accounts: it cannot be left without them.</source>
        <translation>В реестре есть учётные записи: оставить его без них нельзя.</translation>
    </message>
    <message>
        <source>There is no user %1 in this register.</source>
        <translation>В этом реестре нет пользователя %1.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Пользователю нужна хотя бы одна роль.</translation>
    </message>
    <message>
        <source>The first user of a register must be an administrator.</source>
        <translation>Первый пользователь реестра должен быть администратором.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>Пользователь %1 уже есть.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for %1: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток для %1: подождите %n секунду до следующей.</numerusform>
            <numerusform>Слишком много неудачных попыток для %1: подождите %n секунды до следующей.</numerusform>
            <numerusform>Слишком много неудачных попыток для %1: подождите %n секунд до следующей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Подождите %n секунду до следующей попытки.</numerusform>
            <numerusform>Подождите %n секунды до следующей попытки.</numerusform>
            <numerusform>Подождите %n секунд до следующей попытки.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>Учётная запись %1 отключена: обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Чтобы сменить пароль, сначала выполните вход.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>%1 is the only administrator left: add another administrator before disabling this account.</source>
        <translation>%1 — последний администратор: добавьте другого администратора, прежде чем отключать эту учётную запись.</translation>
    </message>
    <message>
        <source>%1 is the only administrator left: add another administrator before taking the role away.</source>
        <translation>%1 — последний администратор: добавьте другого администратора, прежде чем снимать эту роль.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The case is already in the status “%1”.</source>
        <translation>Дело уже имеет статус «%1».</translation>
    </message>
    <message>
        <source>A case in the status “%1” cannot change its status.</source>
        <translation>У дела со статусом «%1» статус изменить нельзя.</translation>
    </message>
    <message>
        <source>A case cannot go from “%1” to “%2”. Possible next steps: %3.</source>
        <translation>Дело не может перейти из статуса «%1» в статус «%2». Возможные следующие шаги: %3.</translation>
    </message>
    <message>
        <source>Identity can be confirmed only with a recorded reply from the authorities at home that confirms it. Record the reply to the identity request first.</source>
        <translation>Личность может быть подтверждена только на основании внесённого ответа компетентных органов Узбекистана, который её подтверждает. Сначала внесите ответ на запрос о подтверждении личности.</translation>
    </message>
    <message>
        <source>Give the reason for closing the case.</source>
        <translation>Укажите причину закрытия дела.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case.</source>
        <translation>Укажите причину возобновления дела.</translation>
    </message>
    <message>
        <source>Give the reason why the person did not travel.</source>
        <translation>Укажите причину, по которой лицо не выехало.</translation>
    </message>
    <message>
        <source>A case moves to “%1” with a travel document: issue a Certificate of Return, or record a passport that is still valid.</source>
        <translation>Дело переходит в статус «%1» только при наличии проездного документа: выдайте Свидетельство на возвращение в Республику Узбекистан или внесите сведения о действительном паспорте.</translation>
    </message>
    <message>
        <source>A case goes on a return list only when a return list with it is finalised.</source>
        <translation>Дело включается в список на возвращение только после утверждения списка на возвращение, в который оно внесено.</translation>
    </message>
    <message>
        <source>The case is “%1”, not “%2”: it goes on the return list only when a consul overrides this warning with a reason.</source>
        <translation>Дело имеет статус «%1», а не «%2»: оно включается в список на возвращение, только если консул снимет это предупреждение, указав причину.</translation>
    </message>
</context>
<context>
    <name>qaytish::AccountDialog</name>
    <message>
        <source>Administrator of the register</source>
        <translation>Администратор реестра</translation>
    </message>
    <message>
        <source>This register gets user accounts. Create its first user, the administrator, who holds every role and adds the other users. The password needs at least %1 characters.</source>
        <translation>У этого реестра будут учётные записи. Создайте его первого пользователя — администратора, который имеет все роли и добавляет остальных пользователей. Пароль — не менее %1 символов.</translation>
    </message>
    <message>
        <source>This register was made by an earlier version of Qaytish, without user accounts. Create its administrator now, who holds every role and adds the other users; from then on everyone signs in. The password needs at least %1 characters. Cancel opens the register unprotected this time and asks again at the next start.</source>
        <translation>Этот реестр создан более ранней версией Qaytish, без учётных записей. Создайте сейчас его администратора, который имеет все роли и добавляет остальных пользователей; после этого все входят под своим именем. Пароль — не менее %1 символов. «Отмена» откроет реестр без защиты на этот раз и спросит снова при следующем запуске.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>A new user of this register. The password needs at least %1 characters; give it to the user in person.</source>
        <translation>Новый пользователь этого реестра. Пароль — не менее %1 символов; передайте его пользователю лично.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>A new password for %1: at least %2 characters.</source>
        <translation>Новый пароль для %1: не менее %2 символов.</translation>
    </message>
    <message>
        <source>An administrator reset the password of %1: choose a new one, at least %2 characters.</source>
        <translation>Администратор сбросил пароль %1: выберите новый, не менее %2 символов.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>A new password for %1, who must change it at the next sign-in: at least %2 characters.</source>
        <translation>Новый пароль для %1, который нужно сменить при следующем входе: не менее %2 символов.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>qaytish::AuditLogWindow</name>
    <message>
        <source>(hidden)</source>
        <translation>(скрыто)</translation>
    </message>
    <message>
        <source>(erased by anonymisation)</source>
        <translation>(стёрто при обезличивании)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>A case reference, e.g. %1</source>
        <translation>Номер дела, например %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Д&amp;ело:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Д&amp;ни:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Type the days as 30.04.2026.</source>
        <translation>Вводите дни так: 30.04.2026.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Дела %1 нет.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown.</source>
        <translation>
            <numerusform>Показана %n последняя запись.</numerusform>
            <numerusform>Показаны %n последние записи.</numerusform>
            <numerusform>Показаны %n последних записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries, each following the one before it.</source>
        <translation>
            <numerusform>Журнал аудита цел: %n запись, каждая следует за предыдущей.</numerusform>
            <numerusform>Журнал аудита цел: %n записи, каждая следует за предыдущей.</numerusform>
            <numerusform>Журнал аудита цел: %n записей, каждая следует за предыдущей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with outside Qaytish.</source>
        <translation>Журнал аудита подделан вне Qaytish.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n запись экспортирована в %1.</numerusform>
            <numerusform>%n записи экспортированы в %1.</numerusform>
            <numerusform>%n записей экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>Файлы CSV (%1)</translation>
    </message>
</context>
<context>
    <name>qaytish::BackupDialog</name>
    <message>
        <source>Back up the register</source>
        <translation>Резервная копия реестра</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole register %1 to keep away from this computer, for instance on a USB stick in the safe. Sealed with a passphrase, it reveals nothing to whoever finds it; the passphrase cannot be recovered.</source>
        <translation>Резервная копия — это копия всего реестра %1, которую хранят вне этого компьютера, например на флеш-накопителе в сейфе. Зашифрованная парольной фразой, она ничего не откроет нашедшему её; восстановить парольную фразу нельзя.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Seal with a passphrase</source>
        <translation>&amp;Зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sealed backups (*%1)</source>
        <translation>Зашифрованные резервные копии (*%1)</translation>
    </message>
    <message>
        <source>Registers (*%1)</source>
        <translation>Реестры (*%1)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Сохранить резервную копию в</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file for the backup.</source>
        <translation>Выберите файл для резервной копии.</translation>
    </message>
    <message>
        <source>Type the passphrase again below.</source>
        <translation>Введите парольную фразу ещё раз ниже.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>Храните парольную фразу отдельно от резервной копии: без неё копию восстановить нельзя.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who has the file can read every case in it.</source>
        <translation>Без шифрования: любой, у кого есть файл, может прочитать все дела в нём.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name inside it.</source>
        <translation>%1 — это папка: укажите имя файла резервной копии внутри неё.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 уже существует. Заменить его новой резервной копией?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
</context>
<context>
    <name>qaytish::CaseEditor</name>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Иммиграция</translation>
    </message>
    <message>
        <source>Needs, consent, notes</source>
        <translation>Потребности, согласие, заметки</translation>
    </message>
    <message>
        <source>Requests and replies</source>
        <translation>Запросы и ответы</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth and identity</source>
        <translation>Рождение и удостоверение личности</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Contacts and family</source>
        <translation>Контакты и семья</translation>
    </message>
    <message>
        <source>Stay in the host country</source>
        <translation>Нахождение в государстве пребывания</translation>
    </message>
    <message>
        <source>Request of the host country&apos;s authority</source>
        <translation>Запрос органа государства пребывания</translation>
    </message>
    <message>
        <source>Operational needs</source>
        <translation>Потребности в пути</translation>
    </message>
    <message>
        <source>Consent and representation</source>
        <translation>Согласие и представительство</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Latin script</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <source>C&amp;yrillic script</source>
        <translation>&amp;Кириллица</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Surname in Cyrillic script</source>
        <translation>Фамилия кириллицей</translation>
    </message>
    <message>
        <source>Given names in Cyrillic script</source>
        <translation>Имя кириллицей</translation>
    </message>
    <message>
        <source>Patronymic in Cyrillic script</source>
        <translation>Отчество кириллицей</translation>
    </message>
    <message>
        <source>Type &apos; after o or g for oʻ and gʻ; elsewhere it becomes ʼ.</source>
        <translation>Чтобы получить oʻ и gʻ, наберите &apos; после o или g; в остальных местах апостроф становится знаком ʼ.</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Дата ро&amp;ждения:</translation>
    </message>
    <message>
        <source>Place of birt&amp;h:</source>
        <translation>&amp;Место рождения:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>Three-letter ICAO code, as in the passport: UZB for Uzbekistan.</source>
        <translation>Трёхбуквенный код ИКАО, как в паспорте: UZB — Узбекистан.</translation>
    </message>
    <message>
        <source>P&amp;INFL:</source>
        <translation>ПИНФ&amp;Л:</translation>
    </message>
    <message>
        <source>Personal identification number (JShShIR): 14 digits.</source>
        <translation>Персональный идентификационный номер физического лица (ПИНФЛ): 14 цифр.</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>&amp;Номер паспорта:</translation>
    </message>
    <message>
        <source>Date of iss&amp;ue:</source>
        <translation>Дата &amp;выдачи:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Действителен до:</translation>
    </message>
    <message>
        <source>Contact &amp;abroad:</source>
        <translation>Контакты за &amp;рубежом:</translation>
    </message>
    <message>
        <source>Address or telephone in the host country</source>
        <translation>Адрес или телефон в государстве пребывания</translation>
    </message>
    <message>
        <source>Contact at h&amp;ome:</source>
        <translation>Контакты на родин&amp;е:</translation>
    </message>
    <message>
        <source>Relative, address or telephone in Uzbekistan</source>
        <translation>Родственник, адрес или телефон в Узбекистане</translation>
    </message>
    <message>
        <source>&amp;Family group:</source>
        <translation>&amp;Семейная группа:</translation>
    </message>
    <message>
        <source>The same label for all members of a family</source>
        <translation>Одинаковая метка для всех членов семьи</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>A-&amp;номер:</translation>
    </message>
    <message>
        <source>A-123-456-789</source>
        <translation>например, A-123-456-789</translation>
    </message>
    <message>
        <source>The US Alien Registration Number: A and 7 to 9 digits.</source>
        <translation>Регистрационный номер иностранца в США (Alien Registration Number): буква A и 7–9 цифр.</translation>
    </message>
    <message>
        <source>&amp;Visa class:</source>
        <translation>&amp;Категория визы:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>Дата &amp;въезда:</translation>
    </message>
    <message>
        <source>Authorised stay &amp;until:</source>
        <translation>&amp;Разрешённый срок пребывания до:</translation>
    </message>
    <message>
        <source>The admit-until date of the I-94 record.</source>
        <translation>Дата окончания разрешённого пребывания по записи I-94 (admit until).</translation>
    </message>
    <message>
        <source>&amp;D/S: duration of status, no fixed date</source>
        <translation>D/S: на срок действия с&amp;татуса, без фиксированной даты</translation>
    </message>
    <message>
        <source>&amp;Custody:</source>
        <translation>Содержание под &amp;стражей:</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>&amp;Место содержания:</translation>
    </message>
    <message>
        <source>Detention facility, when in immigration detention</source>
        <translation>Место содержания, если лицо под стражей</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Номер &amp;запроса:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>Сотр&amp;удник:</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>Дата &amp;получения:</translation>
    </message>
    <message>
        <source>Order da&amp;te:</source>
        <translation>Дата ре&amp;шения:</translation>
    </message>
    <message>
        <source>Order t&amp;ype:</source>
        <translation>Ви&amp;д решения:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Only what the journey must provide is recorded here: operational needs, never a diagnosis.</source>
        <translation>Здесь указывается только то, что нужно обеспечить в пути: потребности, но никогда не диагноз.</translation>
    </message>
    <message>
        <source>Consents to &amp;contacting relatives</source>
        <translation>Согласие на связь с &amp;родственниками</translation>
    </message>
    <message>
        <source>Consents to sharing the case with a &amp;lawyer</source>
        <translation>Согласие на передачу сведений о деле &amp;адвокату</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>&amp;Представитель (адвокат):</translation>
    </message>
    <message>
        <source>&amp;Wish about return:</source>
        <translation>&amp;Отношение к возвращению:</translation>
    </message>
    <message>
        <source>Assigned o&amp;fficer:</source>
        <translation>Ответственное должностное &amp;лицо:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses. This register belongs to the consulate of the person&apos;s state of origin.</source>
        <translation>Не записывайте сведения о ходатайстве об убежище или защите и его основаниях, политические или религиозные убеждения, сексуальную ориентацию или гендерную идентичность, медицинские диагнозы. Этот реестр ведёт консульство государства происхождения лица.</translation>
    </message>
    <message>
        <source>Identity requests sent to the authorities at home and their replies. Identity is confirmed only by a recorded reply.</source>
        <translation>Запросы о подтверждении личности, направленные в компетентные органы Узбекистана, и ответы на них. Личность подтверждается только внесённым ответом.</translation>
    </message>
    <message>
        <source>Outgoing no.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Reply no.</source>
        <translation>№ ответа</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Log identity request…</source>
        <translation>Зарегистрировать запрос…</translation>
    </message>
    <message>
        <source>Record reply…</source>
        <translation>Внести ответ…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <source>Stated wishes</source>
        <translation>Высказанные пожелания</translation>
    </message>
    <message>
        <source>Add interview…</source>
        <translation>Добавить беседу…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Прежний статус</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save and start next</source>
        <translation>Сохранить и начать следующее</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Case %1 — %2[*]</source>
        <translation>Дело %1 — %2[*]</translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation>Дело недоступно</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Not saved yet: requests, interviews and the status can be recorded after the first save.</source>
        <translation>Ещё не сохранено: запросы, беседы и статус можно будет внести после первого сохранения.</translation>
    </message>
    <message>
        <source>New case[*]</source>
        <translation>Новое дело[*]</translation>
    </message>
    <message>
        <source>A case in this status cannot change its status.</source>
        <translation>У дела с этим статусом статус изменить нельзя.</translation>
    </message>
    <message>
        <source>Admitted for duration of status: there is no fixed date, so no overstay is counted.</source>
        <translation>Въезд на срок действия статуса (D/S): фиксированной даты нет, поэтому превышение срока не считается.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the authorised stay ended. Information only: no legal conclusion is drawn from it.</source>
        <translation>
            <numerusform>С окончания разрешённого срока пребывания прошёл %n день. Только для сведения: правовых выводов из этого не делается.</numerusform>
            <numerusform>С окончания разрешённого срока пребывания прошло %n дня. Только для сведения: правовых выводов из этого не делается.</numerusform>
            <numerusform>С окончания разрешённого срока пребывания прошло %n дней. Только для сведения: правовых выводов из этого не делается.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorised stay has not ended.</source>
        <translation>Разрешённый срок пребывания не истёк.</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>Сохранить с предупреждениями?</translation>
    </message>
    <message>
        <source>Please check before saving:</source>
        <translation>Проверьте перед сохранением:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Вернуться и проверить</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>Дело не сохранено</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Case %1 has changes that are not saved.</source>
        <translation>В деле %1 есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>The new case has not been saved.</source>
        <translation>Новое дело не сохранено.</translation>
    </message>
    <message>
        <source>Save the changes, discard them, or go back to the form?</source>
        <translation>Сохранить изменения, отказаться от них или вернуться к форме?</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>Ожидается ответ</translation>
    </message>
    <message>
        <source>A spelling made from the other script. Press %1 in the field, or click the suggestion, to use it; correct it if needed.</source>
        <translation>Написание, полученное из другой письменности. Чтобы использовать его, нажмите %1 в поле или щёлкните по предложению; при необходимости исправьте.</translation>
    </message>
    <message>
        <source>Save and keep editing (%1)</source>
        <translation>Сохранить и продолжить редактирование (%1)</translation>
    </message>
    <message>
        <source>Save, then start the next new case (%1)</source>
        <translation>Сохранить и начать следующее новое дело (%1)</translation>
    </message>
    <message>
        <source>Close the case (%1)</source>
        <translation>Закрыть карточку дела (%1)</translation>
    </message>
    <message>
        <source>Suggestion: &lt;a href=&quot;use&quot;&gt;%1&lt;/a&gt; (%2 to use)</source>
        <translation>Предложение: &lt;a href=&quot;use&quot;&gt;%1&lt;/a&gt; (%2 — использовать)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Apply the MRZ</source>
        <translation>Заполнение из МСЗ</translation>
    </message>
    <message>
        <source>The zone differs from what the form holds. Replace these values?</source>
        <translation>Данные зоны отличаются от данных в форме. Заменить эти значения?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Keep the form</source>
        <translation>Оставить как в форме</translation>
    </message>
    <message>
        <source>The link was not recorded</source>
        <translation>Связь не сохранена</translation>
    </message>
    <message>
        <source>Stops to removal</source>
        <translation>Препятствия к выдворению</translation>
    </message>
    <message>
        <source>A court &amp;stayed the removal</source>
        <translation>Суд при&amp;остановил выдворение</translation>
    </message>
    <message>
        <source>A “do &amp;not board” instruction is recorded</source>
        <translation>Внесено ук&amp;азание «не допускать к посадке»</translation>
    </message>
    <message>
        <source>Re&amp;ference of the stay:</source>
        <translation>Рекв&amp;изиты решения о приостановлении:</translation>
    </message>
    <message>
        <source>Court or authority, reference and date; the person is kept off return lists</source>
        <translation>Суд или орган, номер и дата решения; лицо не включается в списки на возвращение</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Выдать свидетельство…</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Выдача свидетельства</translation>
    </message>
    <message>
        <source>Save or discard the changes to the case first.</source>
        <translation>Сначала сохраните изменения в деле или отмените их.</translation>
    </message>
    <message>
        <source>The register is busy</source>
        <translation>Реестр занят</translation>
    </message>
    <message>
        <source>Your edits are kept in this window.</source>
        <translation>Ваши изменения сохраняются в этом окне.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <source>The operational needs of this case are shown only to its assigned officer and to consuls. Saving keeps them as they are.</source>
        <translation>Потребности в пути по этому делу видны только назначенному сотруднику и консулам. При сохранении они остаются без изменений.</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Дано:</translation>
    </message>
    <message>
        <source>In the form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <source>Objection to consular action</source>
        <translation>Возражение против консульских действий</translation>
    </message>
    <message>
        <source>The person &amp;objects to consular action</source>
        <translation>Лицо &amp;возражает против консульских действий</translation>
    </message>
    <message>
        <source>Stated on:</source>
        <translation>Заявлено:</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>Его (её) словами:</translation>
    </message>
    <message>
        <source>What the person asked the consulate not to do</source>
        <translation>Чего лицо просило консульство не делать</translation>
    </message>
    <message>
        <source>The person objects to consular action: do not contact relatives and do not share the case with anyone.</source>
        <translation>Лицо возражает против консульских действий: не связывайтесь с родственниками и никому не передавайте дело.</translation>
    </message>
    <message>
        <source>This case was anonymised on %1 under the mission&apos;s retention period. It is kept for the statistics and cannot be changed.</source>
        <translation>Это дело обезличено %1 по сроку хранения представительства. Оно хранится для статистики и не может быть изменено.</translation>
    </message>
    <message>
        <source>A PDF report or JSON data of everything the register holds about the person, for the person&apos;s request to see their data.</source>
        <translation>Отчёт PDF или данные JSON обо всём, что реестр хранит о лице, — для ответа на запрос лица о его данных.</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Выгрузить всё об этом лице</translation>
    </message>
</context>
<context>
    <name>qaytish::CaseTableModel</name>
    <message>
        <source>Days since the authorised stay ended (empty when admitted for duration of status or when no date is recorded). For information only.</source>
        <translation>Дней с окончания разрешённого срока пребывания (пусто при въезде на срок действия статуса или если дата не указана). Только для сведения.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Full name (Latin)</source>
        <translation>ФИО (латиница)</translation>
    </message>
    <message>
        <source>Full name (Cyrillic)</source>
        <translation>ФИО (кириллица)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Days of overstay</source>
        <translation>Дней сверх срока</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
</context>
<context>
    <name>qaytish::CertificateDialog</name>
    <message>
        <source>Issue a Certificate of Return</source>
        <translation>Выдача Свидетельства на возвращение в Республику Узбекистан</translation>
    </message>
    <message>
        <source>The certificate carries the record confirmed by the authorities at home. To correct it, record a new confirmed reply.</source>
        <translation>Свидетельство содержит данные, подтверждённые органами Узбекистана. Чтобы исправить их, внесите новый ответ с подтверждением.</translation>
    </message>
    <message>
        <source>Photo 3.5 × 4.5: choose a JPEG or PNG file or drop it here; drag the frame to move it, turn the wheel to zoom.</source>
        <translation>Фотография 3,5 × 4,5: выберите файл JPEG или PNG либо перетащите его сюда; перетаскивайте рамку, чтобы сдвинуть её, вращайте колёсико мыши, чтобы изменить масштаб.</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Выбрать фотографию…</translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation>&amp;Срок действия (дней):</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>Номер &amp;квитанции:</translation>
    </message>
    <message>
        <source>&amp;Exempt, because:</source>
        <translation>&amp;Освобождение от уплаты, основание:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>ПИНФЛ</translation>
    </message>
    <message>
        <source>There is no confirmed record for this case.</source>
        <translation>По этому делу нет подтверждённых данных.</translation>
    </message>
    <message>
        <source>State duty for a minor: %1 %2.</source>
        <translation>Консульский сбор за несовершеннолетнего: %1 %2.</translation>
    </message>
    <message>
        <source>State duty for an adult: %1 %2.</source>
        <translation>Консульский сбор за взрослого: %1 %2.</translation>
    </message>
    <message>
        <source>Choose the photo</source>
        <translation>Выбор фотографии</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фотографии</translation>
    </message>
    <message>
        <source>No photo yet: a certificate needs one.</source>
        <translation>Фотографии пока нет: для свидетельства она необходима.</translation>
    </message>
    <message>
        <source>The stored photo is used unless you choose another.</source>
        <translation>Используется сохранённая фотография, если вы не выберете другую.</translation>
    </message>
    <message>
        <source>The photo is stored at %1 × %2 pixels, not at its original size.</source>
        <translation>Фотография сохраняется в размере %1 × %2 пикселей, а не в исходном размере.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>действителен до %1</translation>
    </message>
    <message>
        <source>Give the receipt number of the state duty.</source>
        <translation>Укажите номер квитанции об уплате консульского сбора.</translation>
    </message>
    <message>
        <source>Give the reason for the exemption from the state duty.</source>
        <translation>Укажите основание освобождения от уплаты консульского сбора.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>Сохранить свидетельство № %1 в PDF</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>Документы PDF (%1)</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Свидетельство выдано</translation>
    </message>
    <message>
        <source>Certificate %1 is issued. Its PDF can be saved or printed at any time from the register of documents.</source>
        <translation>Свидетельство № %1 выдано. Его PDF можно в любое время сохранить или напечатать из реестра документов.</translation>
    </message>
    <message>
        <source>Certificate issued, PDF not saved</source>
        <translation>Свидетельство выдано, PDF не сохранён</translation>
    </message>
    <message>
        <source>Certificate %1 is issued, but its PDF could not be saved: %2 Save it again from the register of documents.</source>
        <translation>Свидетельство № %1 выдано, но его PDF не удалось сохранить: %2 Сохраните его повторно из реестра документов.</translation>
    </message>
    <message>
        <source>Certificate %1 is issued and saved as %2.</source>
        <translation>Свидетельство № %1 выдано и сохранено как %2.</translation>
    </message>
</context>
<context>
    <name>qaytish::CertificateRegisterWindow</name>
    <message>
        <source>Register of documents</source>
        <translation>Реестр документов</translation>
    </message>
    <message>
        <source>Search: number, case, name in any script</source>
        <translation>Поиск: номер, дело, имя латиницей или кириллицей</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>ФИО (кириллицей)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдано</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Spoiled blank</source>
        <translation>Испорченный бланк</translation>
    </message>
    <message>
        <source>Cancel certificate</source>
        <translation>Аннулировать свидетельство</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n свидетельство</numerusform>
            <numerusform>%n свидетельства</numerusform>
            <numerusform>%n свидетельств</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason first.</source>
        <translation>Сначала укажите причину.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>Сохранить свидетельство № %1 в PDF</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>Документы PDF (%1)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Свидетельство № %1</translation>
    </message>
    <message>
        <source>Mark certificate %1 as a spoiled blank? It stays in the register with the reason and its number is never used again.</source>
        <translation>Отметить свидетельство № %1 как испорченный бланк? Оно останется в реестре с указанием причины, а его номер больше никогда не будет использован.</translation>
    </message>
    <message>
        <source>Cancel certificate %1? It stays in the register with the reason and its number is never used again.</source>
        <translation>Аннулировать свидетельство № %1? Оно останется в реестре с указанием причины, а его номер больше никогда не будет использован.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить как есть</translation>
    </message>
    <message>
        <source>Export the register of documents</source>
        <translation>Экспорт реестра документов</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>Файлы CSV (%1)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
</context>
<context>
    <name>qaytish::DashboardStrip</name>
    <message>
        <source>Identity check overdue</source>
        <translation>Проверка личности просрочена</translation>
    </message>
    <message numerus="yes">
        <source>Document expires within %n day(s)</source>
        <translation>
            <numerusform>Документ истекает в течение %n дня</numerusform>
            <numerusform>Документ истекает в течение %n дней</numerusform>
            <numerusform>Документ истекает в течение %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>On open return lists</source>
        <translation>В открытых списках на возвращение</translation>
    </message>
    <message>
        <source>Cases in the status “%1”. Click to show them.</source>
        <translation>Дела со статусом «%1». Нажмите, чтобы показать их.</translation>
    </message>
    <message numerus="yes">
        <source>Cases in identity check whose identity request has waited more than %n day(s) for a reply (mission settings). Click to show them.</source>
        <translation>
            <numerusform>Дела на проверке личности, по которым запрос о подтверждении личности ждёт ответа более %n дня (настройки представительства). Нажмите, чтобы показать их.</numerusform>
            <numerusform>Дела на проверке личности, по которым запрос о подтверждении личности ждёт ответа более %n дней (настройки представительства). Нажмите, чтобы показать их.</numerusform>
            <numerusform>Дела на проверке личности, по которым запрос о подтверждении личности ждёт ответа более %n дней (настройки представительства). Нажмите, чтобы показать их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open cases whose travel document (the valid Certificate of Return, else the passport with the mission&apos;s margin of %1 days) is valid for the last time today or within %n day(s). Expired documents are not counted. Click to show them.</source>
        <translation>
            <numerusform>Открытые дела, проездной документ которых (действительное свидетельство, иначе паспорт с запасом представительства в %1 дн.) действует последний день сегодня или в течение %n дня. Истёкшие документы не учитываются. Нажмите, чтобы показать их.</numerusform>
            <numerusform>Открытые дела, проездной документ которых (действительное свидетельство, иначе паспорт с запасом представительства в %1 дн.) действует последний день сегодня или в течение %n дней. Истёкшие документы не учитываются. Нажмите, чтобы показать их.</numerusform>
            <numerusform>Открытые дела, проездной документ которых (действительное свидетельство, иначе паспорт с запасом представительства в %1 дн.) действует последний день сегодня или в течение %n дней. Истёкшие документы не учитываются. Нажмите, чтобы показать их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases on a draft or final return list (not taken off it). Click to show them.</source>
        <translation>Дела в проекте или утверждённом списке на возвращение (не исключённые из него). Нажмите, чтобы показать их.</translation>
    </message>
</context>
<context>
    <name>qaytish::DateEdit</name>
    <message>
        <source>Not a date: write it as 30.04.2025.</source>
        <translation>Это не дата: укажите её в виде 30.04.2025.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Type the date as 30.04.2025, 30042025 or 2025-04-30.</source>
        <translation>Введите дату в виде 30.04.2025, 30042025 или 2025-04-30.</translation>
    </message>
</context>
<context>
    <name>qaytish::DuplicatesDialog</name>
    <message>
        <source>Possibly the same person</source>
        <translation>Возможно, это одно лицо</translation>
    </message>
    <message>
        <source>The register already has a case that may be about the same person. Check it before saving:</source>
        <translation>В реестре уже есть дело, которое может относиться к этому же лицу. Проверьте его перед сохранением:</translation>
    </message>
    <message numerus="yes">
        <source>The register already has %n cases that may be about the same person. Check them before saving:</source>
        <translation>
            <numerusform>В реестре уже есть %n дело, которое может относиться к этому же лицу. Проверьте его перед сохранением:</numerusform>
            <numerusform>В реестре уже есть %n дела, которые могут относиться к этому же лицу. Проверьте их перед сохранением:</numerusform>
            <numerusform>В реестре уже есть %n дел, которые могут относиться к этому же лицу. Проверьте их перед сохранением:</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Why it may be the same person</source>
        <translation>Признаки совпадения</translation>
    </message>
    <message>
        <source>already linked as the same person</source>
        <translation>уже связано как одно лицо</translation>
    </message>
    <message>
        <source>&amp;Open the existing case</source>
        <translation>&amp;Открыть существующее дело</translation>
    </message>
    <message>
        <source>Nothing is saved; the selected case opens in its own window.</source>
        <translation>Ничего не сохраняется; выбранное дело откроется в отдельном окне.</translation>
    </message>
    <message>
        <source>&amp;Link as the same person</source>
        <translation>&amp;Связать как одно лицо</translation>
    </message>
    <message>
        <source>Save this case and record that both are the same person. Neither case is changed or merged.</source>
        <translation>Сохранить это дело и отметить, что оба дела относятся к одному лицу. Ни одно из дел не изменяется и не объединяется.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Всё &amp;равно сохранить</translation>
    </message>
    <message>
        <source>Save this case as a different person.</source>
        <translation>Сохранить это дело как относящееся к другому лицу.</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Вернуться к форме</translation>
    </message>
</context>
<context>
    <name>qaytish::IdentityRequestDialog</name>
    <message>
        <source>Enter the number of the reply.</source>
        <translation>Введите номер ответа.</translation>
    </message>
    <message>
        <source>Enter the outgoing number of the request.</source>
        <translation>Введите исходящий номер запроса.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Внести ответ</translation>
    </message>
    <message>
        <source>The reply of the authorities at home to identity request %1 of %2.</source>
        <translation>Ответ компетентных органов Узбекистана на запрос о подтверждении личности № %1 от %2.</translation>
    </message>
    <message>
        <source>Reply &amp;number:</source>
        <translation>&amp;Номер ответа:</translation>
    </message>
    <message>
        <source>Reply &amp;date:</source>
        <translation>&amp;Дата ответа:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Log identity request</source>
        <translation>Регистрация запроса о подтверждении личности</translation>
    </message>
    <message>
        <source>The request sent to the authorities at home to confirm the person&apos;s identity and citizenship.</source>
        <translation>Запрос, направляемый в компетентные органы Узбекистана для подтверждения личности и гражданства лица.</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Исходящий &amp;номер:</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Дата отправки:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>no PINFL</source>
        <translation>ПИНФЛ нет</translation>
    </message>
    <message>
        <source>date of birth missing</source>
        <translation>дата рождения не указана</translation>
    </message>
    <message>
        <source>Saving a confirmation keeps this record as the one confirmed by the authorities at home; a Certificate of Return prints it. Compare it with the reply first:</source>
        <translation>При сохранении подтверждения эти данные становятся данными, подтверждёнными органами Узбекистана, и печатаются в Свидетельстве на возвращение. Сначала сверьте их с ответом:</translation>
    </message>
</context>
<context>
    <name>qaytish::ImportDialog</name>
    <message>
        <source>Import list — %1</source>
        <translation>Импорт списка — %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Точка с запятой (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>No slashed dates</source>
        <translation>Нет дат с косой чертой</translation>
    </message>
    <message>
        <source>Day first (30/04/2025)</source>
        <translation>Сначала день (30/04/2025)</translation>
    </message>
    <message>
        <source>Month first (04/30/2025)</source>
        <translation>Сначала месяц (04/30/2025)</translation>
    </message>
    <message>
        <source>Year first (2025/04/30)</source>
        <translation>Сначала год (2025/04/30)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Dates with &amp;slashes:</source>
        <translation>&amp;Даты с косой чертой:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>First rows and their problems:</source>
        <translation>Первые строки и замечания к ним:</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Read as %1, separated by “%2”.</source>
        <translation>Прочитано в кодировке %1, разделитель «%2».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Ignore (unknown column)</source>
        <translation>Не импортировать (неизвестный столбец)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Not imported, unless you choose a field: %1</source>
        <translation>Не импортируются, если не выбрать для них поле: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Без замечаний</translation>
    </message>
    <message>
        <source>The file has dates with slashes: choose how to read them.</source>
        <translation>В файле есть даты с косой чертой: выберите, как их читать.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>Импорт не завершён.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected.</source>
        <translation>Ничего не импортировано: отклонено строк — %1 из %2.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows.</source>
        <translation>Импортировано строк: %1 из %2.</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Отклонены:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Probable duplicates (imported; check them):</source>
        <translation>Возможные дубликаты (импортированы; проверьте их):</translation>
    </message>
    <message>
        <source>Line %1: %2 is also on line %3.</source>
        <translation>Строка %1: %2 также в строке %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 is also in case %3.</source>
        <translation>Строка %1: %2 также есть в деле %3.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Не импортированы столбцы: %1</translation>
    </message>
</context>
<context>
    <name>qaytish::InterviewDialog</name>
    <message>
        <source>Enter the date of the interview.</source>
        <translation>Введите дату беседы.</translation>
    </message>
    <message>
        <source>Add interview or visit</source>
        <translation>Добавить беседу или посещение</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Переводчик:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Stated &amp;wishes:</source>
        <translation>Высказанные по&amp;желания:</translation>
    </message>
    <message>
        <source>What the person says about return, contact with relatives, a lawyer, the journey</source>
        <translation>Что лицо говорит о возвращении, связи с родственниками, адвокате, поездке</translation>
    </message>
    <message>
        <source>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses.</source>
        <translation>Не записывайте сведения о ходатайстве об убежище или защите и его основаниях, политические или религиозные убеждения, сексуальную ориентацию или гендерную идентичность, медицинские диагнозы.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Новый реестр…</translation>
    </message>
    <message>
        <source>Create a new, empty register file.</source>
        <translation>Создать новый пустой файл реестра.</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>&amp;Открыть реестр…</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <source>Open another register file.</source>
        <translation>Открыть другой файл реестра.</translation>
    </message>
    <message>
        <source>Open &amp;demo register</source>
        <translation>Открыть &amp;демонстрационный реестр</translation>
    </message>
    <message>
        <source>Open the separate register of fictional cases for practice.</source>
        <translation>Открыть отдельный реестр вымышленных дел для практики.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>&amp;Редактировать дело</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Редактировать дело</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Move the selected case to another status</source>
        <translation>Перевести выбранное дело в другой статус</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;About Qaytish</source>
        <translation>&amp;О программе Qaytish</translation>
    </message>
    <message>
        <source>Search by name (Latin or Cyrillic), passport, PINFL, A-number or case reference</source>
        <translation>Поиск по имени (латиницей или кириллицей), паспорту, ПИНФЛ, A-номеру или номеру дела</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Не удаётся открыть реестр</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Open another register, or create a new one?</source>
        <translation>Открыть другой реестр или создать новый?</translation>
    </message>
    <message>
        <source>Open another register…</source>
        <translation>Открыть другой реестр…</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>Новый реестр…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Новый реестр</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Choose a new file name, or open it with File &gt; Open register.</source>
        <translation>%1 уже существует и оставлен без изменений. Выберите новое имя файла или откройте этот файл командой «Файл &gt; Открыть реестр».</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Демонстрационный реестр</translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo register: %Ln fictional case(s)…</source>
        <translation>
            <numerusform>Создание демонстрационного реестра: %Ln вымышленное дело…</numerusform>
            <numerusform>Создание демонстрационного реестра: %Ln вымышленных дела…</numerusform>
            <numerusform>Создание демонстрационного реестра: %Ln вымышленных дел…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>About Qaytish</source>
        <translation>О программе Qaytish</translation>
    </message>
    <message>
        <source>Qaytish %1

A register of citizens of Uzbekistan abroad in return and removal cases, for consular officers: identity checks, Certificates of Return and return lists.

The people in the register come first: Qaytish never records asylum claims, political or religious opinions, sexual orientation or medical diagnoses, and shows operational needs only to those who must know them.</source>
        <translation>Qaytish %1

Реестр граждан Узбекистана, находящихся за рубежом, по делам о возвращении и выдворении — для консульских должностных лиц: проверка личности, свидетельства на возвращение и списки на возвращение.

Прежде всего — люди, внесённые в реестр: Qaytish никогда не записывает ходатайства об убежище, политические или религиозные убеждения, сексуальную ориентацию или медицинские диагнозы и показывает потребности в пути только тем, кому необходимо их знать.</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Реестр не открыт</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 из %Ln дела</numerusform>
            <numerusform>%1 из %Ln дел</numerusform>
            <numerusform>%1 из %Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Qaytish</source>
        <translation>Qaytish</translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>Не удаётся прочитать реестр</translation>
    </message>
    <message>
        <source>Record a new return case (%1)</source>
        <translation>Зарегистрировать новое дело о возвращении (%1)</translation>
    </message>
    <message>
        <source>Open the selected case (%1)</source>
        <translation>Открыть выбранное дело (%1)</translation>
    </message>
    <message>
        <source>Search the register (%1)</source>
        <translation>Поиск по реестру (%1)</translation>
    </message>
    <message>
        <source>Qaytish registers (%1)</source>
        <translation>Реестры Qaytish (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Все файлы (%1)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Импорт списка…</translation>
    </message>
    <message>
        <source>Import a list of people from a CSV file as new cases.</source>
        <translation>Импортировать список лиц из файла CSV в виде новых дел.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Write the cases shown (the current search and status) to a CSV file.</source>
        <translation>Записать показанные дела (по текущему поиску и статусу) в файл CSV.</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <source>CSV files (%1);;All files (*)</source>
        <translation>Файлы CSV (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>Файлы CSV (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to %1.</source>
        <translation>
            <numerusform>В %1 записано %Ln дело.</numerusform>
            <numerusform>В %1 записано %Ln дела.</numerusform>
            <numerusform>В %1 записано %Ln дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Экспорт не выполнен.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Mission settings…</source>
        <translation>&amp;Настройки представительства…</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Настройки представительства</translation>
    </message>
    <message>
        <source>The mission&apos;s name, head of mission, document numbering, validity, consular fee and paper.</source>
        <translation>Название представительства, глава представительства, нумерация документов, срок действия, консульский сбор и бумага.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Выдать свидетельство…</translation>
    </message>
    <message>
        <source>&amp;Register of documents…</source>
        <translation>&amp;Реестр документов…</translation>
    </message>
    <message>
        <source>&amp;Return lists…</source>
        <translation>Списки на &amp;возвращение…</translation>
    </message>
    <message>
        <source>Flight manifests: passengers, checks, finalising, printing and export</source>
        <translation>Списки пассажиров рейсов: пассажиры, проверки, утверждение, печать и экспорт</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Выдача свидетельства</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a certificate is issued only when the identity is confirmed.</source>
        <translation>Дело %1 имеет статус «%2»: свидетельство выдаётся только после подтверждения личности.</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Подсчёт дел…</translation>
    </message>
    <message>
        <source>Restore a &amp;safety copy…</source>
        <translation>Восстановить из &amp;страховочной копии…</translation>
    </message>
    <message>
        <source>Replace the register with one of the copies kept each day and before upgrades.</source>
        <translation>Заменить реестр одной из копий, которые сохраняются ежедневно и перед обновлениями.</translation>
    </message>
    <message>
        <source>&amp;Clear the dashboard filter</source>
        <translation>&amp;Сбросить фильтр панели показателей</translation>
    </message>
    <message>
        <source>Show every case again after a click on a figure of the dashboard.</source>
        <translation>Снова показать все дела после выбора показателя на панели.</translation>
    </message>
    <message>
        <source>Show &amp;all cases</source>
        <translation>По&amp;казать все дела</translation>
    </message>
    <message>
        <source>Clear the dashboard filter (%1)</source>
        <translation>Сбросить фильтр панели показателей (%1)</translation>
    </message>
    <message>
        <source>Open another register, or restore a safety copy of this one?</source>
        <translation>Открыть другой реестр или восстановить этот из страховочной копии?</translation>
    </message>
    <message>
        <source>Restore a safety copy…</source>
        <translation>Восстановить из страховочной копии…</translation>
    </message>
    <message>
        <source>Restore a safety copy</source>
        <translation>Восстановление из страховочной копии</translation>
    </message>
    <message>
        <source>Replace the register %1 with the copy %2? Changes made since that copy will no longer be in the register; the register as it is now is kept as a safety copy.</source>
        <translation>Заменить реестр %1 копией %2? Изменений, сделанных после этой копии, в реестре больше не будет; реестр в нынешнем виде сохраняется как страховочная копия.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>The safety copy was not restored</source>
        <translation>Страховочная копия не восстановлена</translation>
    </message>
    <message>
        <source>The register was restored from %1.</source>
        <translation>Реестр восстановлен из %1.</translation>
    </message>
    <message>
        <source>Showing only the cases of the dashboard figure “%1”.</source>
        <translation>Показаны только дела показателя «%1».</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>The users of this register and their roles.</source>
        <translation>Пользователи этого реестра и их роли.</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Сменить п&amp;ароль…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Cover the register until your password is typed again.</source>
        <translation>Скрыть реестр, пока снова не будет введён ваш пароль.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <source>The window is locked: the register&apos;s data is hidden. %1 can go on after typing the password again; unsaved changes are kept.</source>
        <translation>Окно заблокировано: данные реестра скрыты. %1 может продолжить, снова введя пароль; несохранённые изменения сохраняются.</translation>
    </message>
    <message>
        <source>The roles of %1 (%2) do not show the cases of the register.</source>
        <translation>Роли %1 (%2) не дают доступа к делам реестра.</translation>
    </message>
    <message>
        <source>Qaytish — %1 — %2</source>
        <translation>Qaytish — реестр %1 — %2</translation>
    </message>
    <message>
        <source>Qaytish — %1 (demo, unprotected register)</source>
        <translation>Qaytish — демонстрационный реестр %1 (без защиты)</translation>
    </message>
    <message>
        <source>Qaytish — %1 (unprotected register)</source>
        <translation>Qaytish — %1 (реестр без защиты)</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Пароль %1 изменён.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <source>Who did what and when in this register, and whether the record of it is intact.</source>
        <translation>Кто, что и когда делал в этом реестре, и цела ли запись об этом.</translation>
    </message>
    <message>
        <source>Apply the &amp;retention period…</source>
        <translation>Применить &amp;срок хранения…</translation>
    </message>
    <message>
        <source>Anonymise the persons whose cases were returned or closed longer ago than the mission keeps them.</source>
        <translation>Обезличить лиц, чьи дела завершены возвращением или закрыты раньше, чем представительство их хранит.</translation>
    </message>
    <message>
        <source>Write everything the register holds about the person of the selected case to a PDF or JSON file, for the person&apos;s request to see their data.</source>
        <translation>Записать всё, что реестр хранит о лице по выбранному делу, в файл PDF или JSON — для ответа на запрос лица о его данных.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Copy the whole register to a file to keep elsewhere, sealed with a passphrase.</source>
        <translation>Скопировать весь реестр в файл для хранения в другом месте, зашифровав его парольной фразой.</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Восстановить из р&amp;езервной копии…</translation>
    </message>
    <message>
        <source>Replace the register with a backup, after checking the whole of it.</source>
        <translation>Заменить реестр резервной копией, проверив её целиком.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Создаётся резервная копия реестра…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>The register was backed up to %1 (%2), sealed with the passphrase. Keep the passphrase apart from the file: without it the backup cannot be restored.</source>
        <translation>Резервная копия реестра записана в %1 (%2) и зашифрована парольной фразой. Храните парольную фразу отдельно от файла: без неё копию восстановить нельзя.</translation>
    </message>
    <message>
        <source>The register was backed up to %1 (%2). It is not sealed: anyone who has the file can read every case in it.</source>
        <translation>Резервная копия реестра записана в %1 (%2). Она не зашифрована: любой, у кого есть файл, может прочитать все дела в нём.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервная копия записана в %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation>Резервные копии (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <source>Checking the whole backup…</source>
        <translation>Резервная копия проверяется целиком…</translation>
    </message>
    <message>
        <source>The backup %1 is complete and sound. Replace the register %2 with it? Everything recorded since the backup was made will no longer be in the register; the register as it is now is kept as a safety copy.</source>
        <translation>Резервная копия %1 полна и исправна. Заменить ею реестр %2? Всего, что было записано после создания копии, в реестре больше не будет; реестр в нынешнем виде сохраняется как страховочная копия.</translation>
    </message>
</context>
<context>
    <name>qaytish::MissionSettingsDialog</name>
    <message>
        <source>%1 (Uzbek):</source>
        <translation>%1 (на узбекском):</translation>
    </message>
    <message>
        <source>%1 (Russian):</source>
        <translation>%1 (на русском):</translation>
    </message>
    <message>
        <source>%1 (English):</source>
        <translation>%1 (на английском):</translation>
    </message>
    <message>
        <source>Host &amp;country (ICAO code):</source>
        <translation>&amp;Страна пребывания (код ИКАО):</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Представительство</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>&amp;Head of mission:</source>
        <translation>&amp;Глава представительства:</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>&amp;Префикс номера:</translation>
    </message>
    <message>
        <source>Default &amp;validity (days):</source>
        <translation>Срок &amp;действия по умолчанию (дней):</translation>
    </message>
    <message>
        <source>An expired passport still serves for (days):</source>
        <translation>Просроченный паспорт ещё годен (дней):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>В&amp;алюта:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Б&amp;умага:</translation>
    </message>
    <message>
        <source>English on documents:</source>
        <translation>Английский в документах:</translation>
    </message>
    <message>
        <source>An identity check is &amp;overdue after (days):</source>
        <translation>Проверка личности &amp;просрочена через (дней):</translation>
    </message>
    <message>
        <source>Stored photo &amp;width (pixels):</source>
        <translation>&amp;Ширина сохраняемой фотографии (пикселей):</translation>
    </message>
    <message>
        <source>Stored photo &amp;height (pixels):</source>
        <translation>&amp;Высота сохраняемой фотографии (пикселей):</translation>
    </message>
    <message>
        <source>Smallest accepted width (pixels):</source>
        <translation>Наименьшая допустимая ширина (пикселей):</translation>
    </message>
    <message>
        <source>Smallest accepted height (pixels):</source>
        <translation>Наименьшая допустимая высота (пикселей):</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Настройки представительства</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Print the texts in English as well</source>
        <translation>Печатать тексты и на английском</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Consular fee, &amp;adult:</source>
        <translation>Консульский сбор, &amp;взрослый:</translation>
    </message>
    <message>
        <source>Consular fee, &amp;minor:</source>
        <translation>Консульский сбор, &amp;несовершеннолетний:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ключ подписи:</translation>
    </message>
    <message>
        <source>none yet: made when the first certificate is issued or the public key is exported</source>
        <translation>пока нет: создаётся при выдаче первого свидетельства или при экспорте открытого ключа</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Экспорт открытого ключа</translation>
    </message>
    <message>
        <source>Public key files (%1)</source>
        <translation>Файлы открытых ключей (%1)</translation>
    </message>
    <message>
        <source>Wrote the mission&apos;s public key %1 to %2. With it, a border officer&apos;s phone or %3 checks the QR code of a certificate offline.</source>
        <translation>Открытый ключ представительства %1 записан в %2. С ним телефон пограничника или %3 проверяет QR-код свидетельства без сети.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>&amp;Экспорт открытого ключа…</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Заголовок документа</translation>
    </message>
    <message>
        <source>A travel document is &amp;expiring within (days):</source>
        <translation>Проездной документ &amp;истекает в течение (дней):</translation>
    </message>
    <message>
        <source>Daily safety copies &amp;kept:</source>
        <translation>&amp;Хранить ежедневных страховочных копий:</translation>
    </message>
    <message>
        <source>Anonymise returned or closed cases after (&amp;years):</source>
        <translation>Обезличивать завершённые и закрытые дела через (&amp;лет):</translation>
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
        <translation>не указан</translation>
    </message>
    <message>
        <source>Sex %1, born %2, nationality %3</source>
        <translation>Пол: %1, дата рождения: %2, гражданство: %3</translation>
    </message>
    <message>
        <source>Passport %1 of %2</source>
        <translation>Паспорт %1 (государство выдачи: %2)</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Документ %1 (государство выдачи: %2)</translation>
    </message>
    <message>
        <source>%1, expired on %2</source>
        <translation>%1, срок действия истёк %2</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, действителен до %2</translation>
    </message>
    <message>
        <source>PINFL %1: %2</source>
        <translation>ПИНФЛ %1: %2</translation>
    </message>
    <message>
        <source>PINFL %1 agrees with the date of birth and sex.</source>
        <translation>ПИНФЛ %1 соответствует дате рождения и полу.</translation>
    </message>
    <message>
        <source>it gives the date of birth %1</source>
        <translation>по нему дата рождения — %1</translation>
    </message>
    <message>
        <source>it gives the sex %1</source>
        <translation>по нему пол — %1</translation>
    </message>
    <message>
        <source>PINFL %1 does not agree with the zone: %2.</source>
        <translation>ПИНФЛ %1 не соответствует зоне: %2.</translation>
    </message>
    <message>
        <source>The PINFL&apos;s check digit does not match.</source>
        <translation>Контрольная цифра ПИНФЛ не сходится.</translation>
    </message>
    <message>
        <source>All check digits are correct.</source>
        <translation>Все контрольные цифры верны.</translation>
    </message>
    <message>
        <source>Check digits wrong: %1. The zone was misread or altered: read it again or compare it with the document.</source>
        <translation>Неверные контрольные цифры: %1. Зона прочитана с ошибкой или изменена: прочитайте её заново или сверьте с документом.</translation>
    </message>
    <message>
        <source>The zone is read as soon as all its lines are there.</source>
        <translation>Зона считывается, как только введены все её строки.</translation>
    </message>
    <message numerus="yes">
        <source>Reading: %n line(s) so far.</source>
        <translation>
            <numerusform>Чтение: пока введена %n строка.</numerusform>
            <numerusform>Чтение: пока введены %n строки.</numerusform>
            <numerusform>Чтение: пока введено %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>A check digit is wrong: read the zone again before applying it.</source>
        <translation>Контрольная цифра неверна: прочитайте зону заново, прежде чем заполнять данные.</translation>
    </message>
    <message>
        <source>Read MRZ</source>
        <translation>Чтение МСЗ</translation>
    </message>
    <message>
        <source>&amp;Machine readable zone (paste, type or scan; Enter starts a new line):</source>
        <translation>&amp;Машиносчитываемая зона (вставьте, введите или отсканируйте; Enter — новая строка):</translation>
    </message>
    <message>
        <source>The zone drops the marks of oʻ and gʻ and may put the patronymic among the given names. Apply fills the fields; then compare the names with the document and correct them. The patronymic is left as it is.</source>
        <translation>В зоне oʻ и gʻ пишутся без знаков (как o и g), а отчество может оказаться среди имён. Кнопка «Заполнить данные лица» заполняет поля; затем сверьте имена с документом и исправьте их. Поле отчества не изменяется.</translation>
    </message>
    <message>
        <source>Apply to the person</source>
        <translation>Заполнить данные лица</translation>
    </message>
</context>
<context>
    <name>qaytish::PassphraseDialog</name>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>%1 is sealed. &amp;Passphrase:</source>
        <translation>%1 зашифрована. &amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>qaytish::RetentionDialog</name>
    <message>
        <source>Apply the retention period</source>
        <translation>Применение срока хранения</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Returned or closed on</source>
        <translation>Завершено или закрыто</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Обезличить</translation>
    </message>
    <message numerus="yes">
        <source>The mission keeps returned and closed cases for %n year(s). </source>
        <translation>
            <numerusform>Представительство хранит завершённые и закрытые дела %n год. </numerusform>
            <numerusform>Представительство хранит завершённые и закрытые дела %n года. </numerusform>
            <numerusform>Представительство хранит завершённые и закрытые дела %n лет. </numerusform>
        </translation>
    </message>
    <message>
        <source>No case was returned or closed before %1: nobody is due for anonymisation.</source>
        <translation>Ни одно дело не завершено и не закрыто до %1: обезличивать некого.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have every case returned or closed before %1 and will be anonymised:</source>
        <translation>
            <numerusform>У %n лица все дела завершены или закрыты до %1; оно будет обезличено:</numerusform>
            <numerusform>У %n лиц все дела завершены или закрыты до %1; они будут обезличены:</numerusform>
            <numerusform>У %n лиц все дела завершены или закрыты до %1; они будут обезличены:</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from each person:</source>
        <translation>У каждого лица удаляется:</translation>
    </message>
    <message>
        <source>Kept: the cases, their dates and statuses, sex, nationality.</source>
        <translation>Сохраняются: дела, их даты и статусы, пол, гражданство.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n person(s)</source>
        <translation>
            <numerusform>&amp;Обезличить %n лицо</numerusform>
            <numerusform>&amp;Обезличить %n лица</numerusform>
            <numerusform>&amp;Обезличить %n лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Обезличить %n лицо сейчас? Это нельзя отменить.</numerusform>
            <numerusform>Обезличить %n лица сейчас? Это нельзя отменить.</numerusform>
            <numerusform>Обезличить %n лиц сейчас? Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>Обезличено %n лицо.</numerusform>
            <numerusform>Обезличено %n лица.</numerusform>
            <numerusform>Обезличено %n лиц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qaytish::ReturnListsWindow</name>
    <message>
        <source>Final</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Add cases to the list</source>
        <translation>Добавление дел в список</translation>
    </message>
    <message>
        <source>&amp;Search by name in any script, passport, PINFL, host reference or case reference:</source>
        <translation>&amp;Поиск по имени в любой письменности, паспорту, ПИНФЛ, номеру в государстве пребывания или номеру дела:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Add the chosen cases</source>
        <translation>&amp;Добавить выбранные дела</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Return lists</source>
        <translation>Списки на возвращение</translation>
    </message>
    <message>
        <source>&amp;Lists (newest flight first):</source>
        <translation>&amp;Списки (сначала новые рейсы):</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;Новый список</translation>
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
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Departure &amp;time:</source>
        <translation>Время в&amp;ылета:</translation>
    </message>
    <message>
        <source>F&amp;rom (IATA):</source>
        <translation>&amp;Откуда (IATA):</translation>
    </message>
    <message>
        <source>&amp;To (IATA):</source>
        <translation>&amp;Куда (IATA):</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>&amp;Число мест:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>&amp;Save flight</source>
        <translation>Со&amp;хранить рейс</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Пассажиры</translation>
    </message>
    <message>
        <source>Escorts</source>
        <translation>Сопровождающие</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>ФИО (латиница)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>ФИО (кириллица)</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Boarded</source>
        <translation>Посадка состоялась</translation>
    </message>
    <message>
        <source>&amp;Add cases…</source>
        <translation>До&amp;бавить дела…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off…</source>
        <translation>&amp;Исключить…</translation>
    </message>
    <message>
        <source>Rece&amp;ption…</source>
        <translation>&amp;Встреча…</translation>
    </message>
    <message>
        <source>Boar&amp;ded</source>
        <translation>&amp;Посадка состоялась</translation>
    </message>
    <message>
        <source>Did n&amp;ot board…</source>
        <translation>&amp;Неявка на посадку…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Add &amp;escort…</source>
        <translation>Добавить сопрово&amp;ждающего…</translation>
    </message>
    <message>
        <source>Remove escort</source>
        <translation>Удалить сопровождающего</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Сн&amp;ять предупреждение…</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Открыть &amp;заново…</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Зав&amp;ершить</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>Manifest (carrier, host authorities)</source>
        <translation>Список пассажиров (авиакомпания, органы государства пребывания)</translation>
    </message>
    <message>
        <source>Reception list (authorities at home)</source>
        <translation>Список для встречи (органы Узбекистана)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Просмотр печа&amp;ти…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 – %4
%5, %n passenger(s)</source>
        <translation>
            <numerusform>%1, %2, %3 – %4
%5, %n пассажир</numerusform>
            <numerusform>%1, %2, %3 – %4
%5, %n пассажира</numerusform>
            <numerusform>%1, %2, %3 – %4
%5, %n пассажиров</numerusform>
        </translation>
    </message>
    <message>
        <source>Return list %1: %2</source>
        <translation>Список на возвращение № %1: %2</translation>
    </message>
    <message>
        <source>Create a list with “New list”, or choose one.</source>
        <translation>Создайте список кнопкой «Новый список» или выберите существующий.</translation>
    </message>
    <message>
        <source>(confirmed)</source>
        <translation>(подтверждено)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>нет: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>открыт заново</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>HARD STOP</source>
        <translation>БЕЗУСЛОВНОЕ ПРЕПЯТСТВИЕ</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>Снято (%1): %2</translation>
    </message>
    <message>
        <source>Check: no hard stops and no warnings.</source>
        <translation>Проверка: безусловных препятствий и предупреждений нет.</translation>
    </message>
    <message>
        <source>Check: no hard stops; every warning is overridden with a recorded reason.</source>
        <translation>Проверка: безусловных препятствий нет; все предупреждения сняты с указанием причины.</translation>
    </message>
    <message>
        <source>Check: %1 hard stop(s), which take the person off when the list is finalised and which no reason overrides; %2 warning(s) not overridden. A consul may override a warning with a reason.</source>
        <translation>Проверка: безусловных препятствий — %1 (при утверждении списка лицо с безусловным препятствием исключается из него, и никакая причина этого не отменяет); не снятых предупреждений — %2. Консул может снять предупреждение, указав причину.</translation>
    </message>
    <message>
        <source>A hard stop cannot be overridden.</source>
        <translation>Безусловное препятствие снять нельзя.</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Исключение из списка</translation>
    </message>
    <message>
        <source>Why is the person taken off the list?</source>
        <translation>По какой причине лицо исключается из списка?</translation>
    </message>
    <message>
        <source>Reception in Uzbekistan: %1</source>
        <translation>Встреча в Узбекистане: %1</translation>
    </message>
    <message>
        <source>The person &amp;agrees that the receiver be contacted</source>
        <translation>Лицо &amp;согласно, чтобы со встречающим связались</translation>
    </message>
    <message>
        <source>The receiver (parent or guardianship authority) has &amp;confirmed</source>
        <translation>Получено &amp;подтверждение от встречающего (родителя или органа опеки и попечительства)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Р&amp;айон:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>&amp;Встречающий:</translation>
    </message>
    <message>
        <source>Re&amp;lation or body:</source>
        <translation>Степень родства или ор&amp;ган:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Контактные &amp;данные:</translation>
    </message>
    <message>
        <source>The contact is printed on the reception list only with the person&apos;s consent; the manifest never shows reception data.</source>
        <translation>Контактные данные печатаются в списке для встречи только с согласия лица; в списке пассажиров данные о встрече не указываются никогда.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add an escort</source>
        <translation>Добавление сопровождающего</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Override a warning</source>
        <translation>Снятие предупреждения</translation>
    </message>
    <message>
        <source>%1

Why may the list go ahead despite this warning? The reason is recorded with your name.</source>
        <translation>%1

Почему список может быть утверждён, несмотря на это предупреждение? Причина записывается вместе с Вашим именем.</translation>
    </message>
    <message>
        <source>Finalize the list</source>
        <translation>Утверждение списка</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a hard stop will be taken off the list. Finalize the list? Its passengers go on the return list.</source>
        <translation>
            <numerusform>%n лицо с безусловным препятствием будет исключено из списка. Утвердить список? Его пассажиры получат статус «В списке на возвращение».</numerusform>
            <numerusform>%n лица с безусловным препятствием будут исключены из списка. Утвердить список? Его пассажиры получат статус «В списке на возвращение».</numerusform>
            <numerusform>%n лиц с безусловным препятствием будут исключены из списка. Утвердить список? Его пассажиры получат статус «В списке на возвращение».</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalize the list? Its passengers go on the return list, and the list changes only after it is reopened.</source>
        <translation>Утвердить список? Его пассажиры получат статус «В списке на возвращение», а изменить список можно будет только после того, как он будет открыт заново.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>The list is not final: override each warning with a reason first.</source>
        <translation>Список не утверждён: сначала снимите каждое предупреждение, указав причину.</translation>
    </message>
    <message>
        <source>Reopen the list</source>
        <translation>Открыть список заново</translation>
    </message>
    <message>
        <source>Why is the final list reopened?</source>
        <translation>Почему утверждённый список открывается заново?</translation>
    </message>
    <message>
        <source>Did not board</source>
        <translation>Неявка на посадку</translation>
    </message>
    <message>
        <source>Why did the person not board? The case goes back to “document issued”.</source>
        <translation>Почему лицо не явилось на посадку? Дело вернётся в статус «Документ выдан».</translation>
    </message>
    <message>
        <source>Export the list as PDF</source>
        <translation>Экспорт списка в PDF</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>Документы PDF (%1)</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Экспорт списка в CSV</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>Файлы CSV (%1)</translation>
    </message>
</context>
<context>
    <name>qaytish::SafetyCopiesDialog</name>
    <message>
        <source>daily copy</source>
        <translation>ежедневная копия</translation>
    </message>
    <message>
        <source>the register before a restore</source>
        <translation>реестр перед восстановлением</translation>
    </message>
    <message>
        <source>before the upgrade to register version %1</source>
        <translation>перед обновлением до версии реестра %1</translation>
    </message>
    <message>
        <source>Restore a safety copy</source>
        <translation>Восстановление из страховочной копии</translation>
    </message>
    <message>
        <source>Safety copies of %1, newest first. Restoring one replaces the register with it; the register as it is now is kept as a safety copy too.</source>
        <translation>Страховочные копии %1, сначала самые новые. Восстановление заменяет реестр выбранной копией; реестр в нынешнем виде тоже сохраняется как страховочная копия.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No safety copy of this register exists yet.</source>
        <translation>Страховочных копий этого реестра пока нет.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>the register after the retention period was applied</source>
        <translation>реестр после применения срока хранения</translation>
    </message>
</context>
<context>
    <name>qaytish::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>The window of %1 is locked. Type the password of %2 to go on.</source>
        <translation>Окно %1 заблокировано. Чтобы продолжить, введите пароль %2.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts. Sign in with your user name and password.</source>
        <translation>В реестре %1 есть учётные записи. Войдите со своим именем пользователя и паролем.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Повторить попытку можно через %n секунду.</numerusform>
            <numerusform>Повторить попытку можно через %n секунды.</numerusform>
            <numerusform>Повторить попытку можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator reset your password: choose a new one to sign in.</source>
        <translation>Администратор сбросил ваш пароль: чтобы войти, выберите новый.</translation>
    </message>
</context>
<context>
    <name>qaytish::StatusDialog</name>
    <message>
        <source>The status was not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Текущий статус: %1</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A case in this status cannot change its status.</source>
        <translation>У дела с этим статусом статус изменить нельзя.</translation>
    </message>
    <message>
        <source>Required: give the reason for this step.</source>
        <translation>Обязательно: укажите причину этого шага.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Необязательно.</translation>
    </message>
</context>
<context>
    <name>qaytish::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>The users of this register and their roles. Accounts are disabled, never deleted: the histories name them.</source>
        <translation>Пользователи этого реестра и их роли. Учётные записи отключаются, но не удаляются: на них ссылается история.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>должен сменить пароль</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
</context>
<context>
    <name>qaytish::WelcomeView</name>
    <message>
        <source>Welcome to Qaytish</source>
        <translation>Добро пожаловать в Qaytish</translation>
    </message>
    <message>
        <source>This register holds no cases yet. Record the first case, or try Qaytish on the demo register of fictional cases.</source>
        <translation>В этом реестре пока нет дел. Зарегистрируйте первое дело или попробуйте Qaytish на демонстрационном реестре с вымышленными делами.</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Реестр не открыт</translation>
    </message>
    <message>
        <source>Open or create a register from the File menu, or try Qaytish on the demo register of fictional cases.</source>
        <translation>Откройте или создайте реестр в меню «Файл» или попробуйте Qaytish на демонстрационном реестре с вымышленными делами.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Open demo register</source>
        <translation>Открыть демонстрационный реестр</translation>
    </message>
    <message>
        <source>A separate register of fictional cases for practice. Your own register is not touched.</source>
        <translation>Отдельный реестр вымышленных дел для практики. Ваш рабочий реестр не затрагивается.</translation>
    </message>
    <message>
        <source>Record a new return case (%1)</source>
        <translation>Зарегистрировать новое дело о возвращении (%1)</translation>
    </message>
    <message>
        <source>Import a list of people from a CSV file as new cases.</source>
        <translation>Импортировать список лиц из файла CSV в виде новых дел.</translation>
    </message>
</context>
</TS>
