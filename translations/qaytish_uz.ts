<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>added</source>
        <translation>qoʻshildi</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>oʻzgartirildi</translation>
    </message>
    <message>
        <source>bulk write</source>
        <translation>ommaviy yozuv</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ochildi</translation>
    </message>
    <message>
        <source>exported or printed</source>
        <translation>eksport qilindi yoki chop etildi</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Kriptografiya kutubxonasi ishga tushmayapti.</translation>
    </message>
    <message>
        <source>The audit trail of %1 has no head: the register was changed outside Qaytish. Run “%2”.</source>
        <translation>%1 audit jurnalining bosh yozuvi yoʻq: reyestr Qaytishdan tashqarida oʻzgartirilgan. “%2” buyrugʻini bajaring.</translation>
    </message>
    <message>
        <source>%1 is busy: other programs kept writing to its audit trail. Try again.</source>
        <translation>%1 band: boshqa dasturlar uning audit jurnaliga yozishda davom etdi. Qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was deleted.</source>
        <translation>%1-yozuv yoʻq: u oʻchirilgan.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation>%1–%2-yozuvlar yoʻq: ular oʻchirilgan.</translation>
    </message>
    <message>
        <source>Entry 1 does not start the chain: entries before it were removed, or it was replaced.</source>
        <translation>1-yozuv zanjirni boshlamaydi: undan oldingi yozuvlar oʻchirilgan yoki u almashtirilgan.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was replaced, removed or moved.</source>
        <translation>%1-yozuv %2-yozuvdan keyin kelmaydi: yozuv almashtirilgan, oʻchirilgan yoki koʻchirilgan.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>%1-yozuv yozilgandan keyin oʻzgartirilgan.</translation>
    </message>
    <message>
        <source>The head of the audit trail is missing.</source>
        <translation>Audit jurnalining bosh yozuvi yoʻq.</translation>
    </message>
    <message>
        <source>Entry %1, the last one written, is missing: it was deleted.</source>
        <translation>Oxirgi yozilgan %1-yozuv yoʻq: u oʻchirilgan.</translation>
    </message>
    <message>
        <source>Entries %1 to %2, the last ones written, are missing: they were deleted.</source>
        <translation>Oxirgi yozilgan %1–%2-yozuvlar yoʻq: ular oʻchirilgan.</translation>
    </message>
    <message>
        <source>Entries after %1 were added outside Qaytish.</source>
        <translation>%1-yozuvdan keyingi yozuvlar Qaytishdan tashqarida qoʻshilgan.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the head of the audit trail: it was replaced.</source>
        <translation>%1-yozuv audit jurnalining bosh yozuviga mos emas: u almashtirilgan.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>Parol iborasidan kalit hosil qilish uchun xotira yetarli emas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ga yozib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ni oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>The sealed backup %1 is incomplete: it ends inside its header. Nothing was restored.</source>
        <translation>%1 shifrlangan zaxira nusxasi toʻliq emas: u sarlavhasining ichida tugaydi. Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <source>%1 is not a sealed backup of Qaytish.</source>
        <translation>%1 Qaytishning shifrlangan zaxira nusxasi emas.</translation>
    </message>
    <message>
        <source>The sealed backup %1 was written by a newer version of Qaytish (format %2; this version reads format %3). Restore it with the newer version.</source>
        <translation>%1 shifrlangan zaxira nusxasi Qaytishning yangiroq versiyasida yozilgan (%2-format; bu versiya %3-formatni oʻqiydi). Uni yangiroq versiyada tiklang.</translation>
    </message>
    <message>
        <source>The header of the sealed backup %1 is damaged or was altered. Nothing was restored.</source>
        <translation>%1 shifrlangan zaxira nusxasining sarlavhasi shikastlangan yoki oʻzgartirilgan. Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is incomplete: it ends before its last part (cut off while it was copied?). Nothing was restored.</source>
        <translation>%1 shifrlangan zaxira nusxasi toʻliq emas: u oxirgi qismidan oldin tugaydi (nusxa koʻchirilayotganda uzilib qolganmi?). Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <source>The sealed backup %1 cannot be opened: the passphrase is wrong, or the beginning of the file was altered or damaged (the two cannot be told apart). Nothing was restored.</source>
        <translation>%1 shifrlangan zaxira nusxasini ochib boʻlmadi: parol iborasi notoʻgʻri yoki fayl boshi oʻzgartirilgan yoki shikastlangan (bularni bir-biridan ajratib boʻlmaydi). Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged, altered or incomplete: its last part, part %2, does not match its seal (was it cut off while it was copied?). Nothing was restored.</source>
        <translation>%1 shifrlangan zaxira nusxasi shikastlangan, oʻzgartirilgan yoki toʻliq emas: uning oxirgi qismi, %2-qism, muhriga mos kelmaydi (nusxa koʻchirilayotganda uzilib qolganmi?). Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged or was altered: part %2 of it does not match its seal. Nothing was restored.</source>
        <translation>%1 shifrlangan zaxira nusxasi shikastlangan yoki oʻzgartirilgan: uning %2-qismi muhriga mos kelmaydi. Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <source>The sealed backup %1 was altered: there is data after its last part. Nothing was restored.</source>
        <translation>%1 shifrlangan zaxira nusxasi oʻzgartirilgan: oxirgi qismidan keyin maʼlumotlar bor. Hech narsa tiklanmadi.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Parol iborasi boʻsh.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters.</source>
        <translation>Parol iborasi juda qisqa: kamida %1 ta belgi kerak.</translation>
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation>Zaxira nusxa uchun fayl koʻrsatilmadi.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name inside it.</source>
        <translation>%1 — bu jild: zaxira nusxa uchun uning ichida fayl nomini koʻrsating.</translation>
    </message>
    <message>
        <source>%1 is the register itself (or a file of it): a backup must go to another file, best on another disk.</source>
        <translation>%1 — bu reestrning oʻzi (yoki uning fayli): zaxira nusxa boshqa faylda, yaxshisi boshqa diskda boʻlishi kerak.</translation>
    </message>
    <message>
        <source>%1 exists already and was left as it is: choose another file name.</source>
        <translation>%1 allaqachon mavjud va oʻzgarishsiz qoldirildi: boshqa fayl nomini tanlang.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Kriptografik kutubxonani ishga tushirib boʻlmadi.</translation>
    </message>
    <message>
        <source>No temporary file can be made beside the register %1: %2</source>
        <translation>%1 reestri yonida vaqtinchalik fayl yaratib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>No consistent copy of the register %1 could be made: %2</source>
        <translation>%1 reestrining yaxlit nusxasini yaratib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>Zaxira nusxa fayli koʻrsatilmadi.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>%1 zaxira nusxasi mavjud emas.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a backup of a register.</source>
        <translation>%1 boʻsh: bu reestrning zaxira nusxasi emas.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup: its passphrase is needed to restore it.</source>
        <translation>%1 — shifrlangan zaxira nusxa: uni tiklash uchun parol iborasi kerak.</translation>
    </message>
    <message>
        <source>The folder of the register %1 does not exist.</source>
        <translation>%1 reestrining jildi mavjud emas.</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>Wheelchair</source>
        <translation>Nogironlik aravachasi</translation>
    </message>
    <message>
        <source>Medical escort</source>
        <translation>Tibbiy kuzatib borish</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Kuzatib boruvchisiz voyaga yetmagan</translation>
    </message>
    <message>
        <source>Travel assistance</source>
        <translation>Yoʻlda yordam</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tarjimon</translation>
    </message>
    <message>
        <source>Removal order</source>
        <translation>Chiqarib yuborish toʻgʻrisidagi qaror</translation>
    </message>
    <message>
        <source>Voluntary departure</source>
        <translation>Ixtiyoriy chiqib ketish</translation>
    </message>
    <message>
        <source>Expedited removal</source>
        <translation>Tezlashtirilgan chiqarib yuborish</translation>
    </message>
    <message>
        <source>Reinstated removal order</source>
        <translation>Qayta kuchga kiritilgan chiqarib yuborish toʻgʻrisidagi qaror</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>Ozodlikda</translation>
    </message>
    <message>
        <source>In immigration detention</source>
        <translation>Ushlab turilmoqda</translation>
    </message>
    <message>
        <source>Wants to return</source>
        <translation>Qaytishni xohlaydi</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Qaror qilmagan</translation>
    </message>
    <message>
        <source>Objects to return</source>
        <translation>Qaytishga qarshi</translation>
    </message>
    <message>
        <source>Identity and citizenship confirmed</source>
        <translation>Shaxsi va fuqaroligi tasdiqlandi</translation>
    </message>
    <message>
        <source>No record found</source>
        <translation>Maʼlumot topilmadi</translation>
    </message>
    <message>
        <source>Not a citizen</source>
        <translation>Fuqaro emas</translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation>Qoʻshimcha maʼlumot soʻraldi</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Yozma</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Ogʻzaki</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Elektron shaklda</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>A case without an id cannot be updated.</source>
        <translation>Identifikatori boʻlmagan ishni yangilab boʻlmaydi.</translation>
    </message>
    <message>
        <source>There is no case %1 in the register.</source>
        <translation>Reestrda %1 raqamli ish yoʻq.</translation>
    </message>
    <message>
        <source>The outgoing number of the identity request is missing.</source>
        <translation>Shaxsni tasdiqlash soʻrovining chiquvchi raqami koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>The date of the identity request is missing or not a date.</source>
        <translation>Shaxsni tasdiqlash soʻrovining sanasi koʻrsatilmagan yoki notoʻgʻri.</translation>
    </message>
    <message>
        <source>The date of the identity request is in the future.</source>
        <translation>Shaxsni tasdiqlash soʻrovining sanasi bugungi kundan keyin.</translation>
    </message>
    <message>
        <source>Case %1 is %2: reopen it before sending an identity request.</source>
        <translation>%1 ishning holati «%2»: shaxsni tasdiqlash soʻrovini yuborishdan oldin ishni qayta oching.</translation>
    </message>
    <message>
        <source>Identity request %1 of %2 sent.</source>
        <translation>%2 sanadagi %1-son shaxsni tasdiqlash soʻrovi yuborildi.</translation>
    </message>
    <message>
        <source>“%1” is not a result of an identity check. Use one of: %2.</source>
        <translation>«%1» shaxsni tekshirish natijasi emas. Quyidagilardan birini koʻrsating: %2.</translation>
    </message>
    <message>
        <source>The number of the reply is missing.</source>
        <translation>Javob raqami koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>The date of the reply is missing or not a date.</source>
        <translation>Javob sanasi koʻrsatilmagan yoki notoʻgʻri.</translation>
    </message>
    <message>
        <source>The date of the reply is in the future.</source>
        <translation>Javob sanasi bugungi kundan keyin.</translation>
    </message>
    <message>
        <source>There is no such identity request.</source>
        <translation>Bunday shaxsni tasdiqlash soʻrovi yoʻq.</translation>
    </message>
    <message>
        <source>The reply (%1) cannot be older than the request (%2).</source>
        <translation>Javob (%1) soʻrovdan (%2) oldingi sana bilan boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>Reply %1 of %2: identity confirmed.</source>
        <translation>%2 sanadagi %1-son javob: shaxsi tasdiqlandi.</translation>
    </message>
    <message>
        <source>The date of the interview is missing or not a date.</source>
        <translation>Suhbat sanasi koʻrsatilmagan yoki notoʻgʻri.</translation>
    </message>
    <message>
        <source>The date of the interview is in the future.</source>
        <translation>Suhbat sanasi bugungi kundan keyin.</translation>
    </message>
    <message>
        <source>Case %1 was anonymised on %2 under the mission&apos;s retention period: it can no longer be changed.</source>
        <translation>%1-ish %2 da vakolatxonaning saqlash muddati boʻyicha anonimlashtirilgan: uni endi oʻzgartirib boʻlmaydi.</translation>
    </message>
</context>
<context>
    <name>CaseStatusInfo</name>
    <message>
        <source>Registered</source>
        <translation>Roʻyxatga olingan</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Shaxsni tekshirish</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Shaxsi tasdiqlangan</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Hujjat berilgan</translation>
    </message>
    <message>
        <source>On a return list</source>
        <translation>Qaytish roʻyxatida</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Qaytgan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Yopilgan</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The surname in Latin letters is required.</source>
        <translation>Familiyani lotin harflarida koʻrsatish shart.</translation>
    </message>
    <message>
        <source>The surname in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Lotin yozuvidagi familiyada kirill harflari bor. Uni lotin harflarida yozing; kirillcha yozilishi uchun alohida maydon bor.</translation>
    </message>
    <message>
        <source>The given names in Latin letters are required.</source>
        <translation>Ismni lotin harflarida koʻrsatish shart.</translation>
    </message>
    <message>
        <source>The given names in Latin script contain Cyrillic letters. Write them in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Lotin yozuvidagi ismda kirill harflari bor. Uni lotin harflarida yozing; kirillcha yozilishi uchun alohida maydon bor.</translation>
    </message>
    <message>
        <source>The patronymic in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>Lotin yozuvidagi otasining ismida kirill harflari bor. Uni lotin harflarida yozing; kirillcha yozilishi uchun alohida maydon bor.</translation>
    </message>
    <message>
        <source>The surname in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Kirill yozuvidagi familiyada lotin harflari bor. Uni kirill harflarida yozing; lotincha yozilishi uchun alohida maydon bor.</translation>
    </message>
    <message>
        <source>The given names in Cyrillic script contain Latin letters. Write them in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Kirill yozuvidagi ismda lotin harflari bor. Uni kirill harflarida yozing; lotincha yozilishi uchun alohida maydon bor.</translation>
    </message>
    <message>
        <source>The patronymic in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>Kirill yozuvidagi otasining ismida lotin harflari bor. Uni kirill harflarida yozing; lotincha yozilishi uchun alohida maydon bor.</translation>
    </message>
    <message>
        <source>The sex is required (M or F).</source>
        <translation>Jinsini koʻrsatish shart (M — erkak, F — ayol).</translation>
    </message>
    <message>
        <source>The sex must be M or F, not &quot;%1&quot;.</source>
        <translation>Jinsi M (erkak) yoki F (ayol) boʻlishi kerak, «%1» emas.</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>Tugʻilgan sanani koʻrsatish shart.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Tugʻilgan sana %1 bugungi kundan keyin.</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900: check the year.</source>
        <translation>Tugʻilgan sana %1 — 1900-yildan oldin: yilni tekshiring.</translation>
    </message>
    <message>
        <source>The nationality &quot;%1&quot; is not a three-letter ICAO code such as UZB (capital letters A-Z, or &lt; as filler).</source>
        <translation>«%1» fuqarolik kodi UZB kabi uch harfli ICAO kodi emas (A–Z bosh lotin harflari, toʻldiruvchi belgi &lt;).</translation>
    </message>
    <message>
        <source>The passport&apos;s date of issue %1 is in the future.</source>
        <translation>Pasportning berilgan sanasi %1 bugungi kundan keyin.</translation>
    </message>
    <message>
        <source>The passport&apos;s expiry date %1 is not after its date of issue %2.</source>
        <translation>Pasportning amal qilish muddati %1 uning berilgan sanasi %2 dan keyin emas.</translation>
    </message>
    <message>
        <source>The PINFL gives the date of birth %1, but the record says %2. One of them is wrong.</source>
        <translation>JSHSHIR boʻyicha tugʻilgan sana %1, lekin yozuvda %2 koʻrsatilgan. Ulardan biri notoʻgʻri.</translation>
    </message>
    <message>
        <source>The first digit of the PINFL is that of a man, but the record says the person is a woman.</source>
        <translation>JSHSHIRning birinchi raqami erkak jinsiga mos, lekin yozuvda ayol deb koʻrsatilgan.</translation>
    </message>
    <message>
        <source>The first digit of the PINFL is that of a woman, but the record says the person is a man.</source>
        <translation>JSHSHIRning birinchi raqami ayol jinsiga mos, lekin yozuvda erkak deb koʻrsatilgan.</translation>
    </message>
    <message>
        <source>The last digit of the PINFL is %1, but the usual check rule gives %2. Compare the number with the document; if it is copied correctly, confirm it (the rule is not official and does not hold for every PINFL).</source>
        <translation>JSHSHIRning oxirgi raqami %1, lekin odatdagi nazorat qoidasi boʻyicha %2 chiqadi. Raqamni hujjat bilan solishtiring; agar u toʻgʻri koʻchirilgan boʻlsa, uni tasdiqlang (bu qoida rasmiy emas va har bir JSHSHIRga toʻgʻri kelavermaydi).</translation>
    </message>
    <message>
        <source>The passport number %1 contains Cyrillic letters. Passport numbers are written in Latin letters (AA, not АА): retype the letters.</source>
        <translation>%1 pasport raqamida kirill harflari bor. Pasport raqamlari lotin harflarida yoziladi: harflarni lotin alifbosida qayta tering.</translation>
    </message>
    <message>
        <source>%1 does not look like an Uzbek passport number (2 Latin letters and 7 digits, such as AA1234567). Check the number, or set the nationality if the passport is foreign.</source>
        <translation>%1 Oʻzbekiston pasporti raqamiga oʻxshamaydi (2 ta lotin harfi va 7 ta raqam, masalan, AA1234567). Raqamni tekshiring yoki pasport xorijiy boʻlsa, fuqarolikni koʻrsating.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it is the letter A and 7 to 9 digits, for example A-123-456-789.</source>
        <translation>«%1» A-raqam emas: u A harfi va 7–9 ta raqamdan iborat, masalan, A-123-456-789.</translation>
    </message>
    <message>
        <source>The entry date %1 is in the future.</source>
        <translation>Kirgan sana %1 bugungi kundan keyin.</translation>
    </message>
    <message>
        <source>The entry date %1 is before the date of birth %2.</source>
        <translation>Kirgan sana %1 tugʻilgan sana %2 dan oldin.</translation>
    </message>
    <message>
        <source>The stay is marked D/S (duration of status), which has no end date: clear either the admit-until date or the D/S mark.</source>
        <translation>Boʻlish muddati D/S (maqom amal qilish muddati davomida) deb belgilangan, uning tugash sanasi yoʻq: ruxsat etilgan muddat sanasini yoki D/S belgisini olib tashlang.</translation>
    </message>
    <message>
        <source>The authorised stay ends on %1, before the entry date %2.</source>
        <translation>Ruxsat etilgan muddat %1 da tugaydi, bu kirgan sana %2 dan oldin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known custody status.</source>
        <translation>«%1» — nomaʼlum ushlab turish holati.</translation>
    </message>
    <message>
        <source>The person is in immigration detention, but no facility is recorded. Enter the facility so that the person can be visited.</source>
        <translation>Shaxs ushlab turilmoqda, lekin saqlash joyi koʻrsatilmagan. Shaxsga tashrif buyurish mumkin boʻlishi uchun saqlash joyini kiriting.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known operational need.</source>
        <translation>«%1» — nomaʼlum safar ehtiyoji.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known answer about the wish to return.</source>
        <translation>«%1» — qaytish istagi haqida nomaʼlum javob.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of order.</source>
        <translation>«%1» — nomaʼlum qaror turi.</translation>
    </message>
    <message>
        <source>Consent to contacting relatives</source>
        <translation>Qarindoshlar bilan bogʻlanishga rozilik</translation>
    </message>
    <message>
        <source>Consent to sharing the case with a lawyer</source>
        <translation>Ishni advokatga berishga rozilik</translation>
    </message>
    <message>
        <source>%1 cannot be recorded: the person objects to consular action. Record the end of the objection first.</source>
        <translation>%1 yozib boʻlmaydi: shaxs konsullik harakatlariga eʼtiroz bildirgan. Avval eʼtirozning tugaganini yozing.</translation>
    </message>
    <message>
        <source>%1: enter the day it was given.</source>
        <translation>%1: berilgan kunini kiriting.</translation>
    </message>
    <message>
        <source>%1: choose the form in which it was given (in writing, orally or electronically).</source>
        <translation>%1: berilgan shaklini tanlang (yozma, ogʻzaki yoki elektron shaklda).</translation>
    </message>
    <message>
        <source>The objection to consular action: enter the day the person stated it.</source>
        <translation>Konsullik harakatlariga eʼtiroz: shaxs uni bildirgan kunni kiriting.</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate %1 is “%2” and is not printed again.</source>
        <translation>%1-son guvohnoma «%2» holatida va qayta chop etilmaydi.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn.</source>
        <translation>PDF hujjatini chizib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>valid</source>
        <translation>amalda</translation>
    </message>
    <message>
        <source>spoiled blank</source>
        <translation>buzilgan blanka</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>bekor qilingan</translation>
    </message>
    <message>
        <source>used for the journey</source>
        <translation>safar uchun foydalanilgan</translation>
    </message>
    <message>
        <source>There is no certificate %1 in the register.</source>
        <translation>Reestrda %1-son guvohnoma yoʻq.</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a certificate is issued only to a case whose identity is confirmed.</source>
        <translation>%1 ishning holati «%2»: guvohnoma faqat shaxsi tasdiqlangan ish boʻyicha beriladi.</translation>
    </message>
    <message>
        <source>There is no record confirmed by the authorities at home for case %1: record their reply first.</source>
        <translation>%1 ish boʻyicha Oʻzbekiston idoralari tasdiqlagan maʼlumotlar yoʻq: avval ularning javobini kiriting.</translation>
    </message>
    <message>
        <source>surname (Latin)</source>
        <translation>familiya (lotin yozuvida)</translation>
    </message>
    <message>
        <source>given names (Latin)</source>
        <translation>ism (lotin yozuvida)</translation>
    </message>
    <message>
        <source>surname (Cyrillic)</source>
        <translation>familiya (kirill yozuvida)</translation>
    </message>
    <message>
        <source>given names (Cyrillic)</source>
        <translation>ism (kirill yozuvida)</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>tugʻilgan sana</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jinsi</translation>
    </message>
    <message>
        <source>The confirmed record lacks what a certificate needs: %1.</source>
        <translation>Tasdiqlangan maʼlumotlarda guvohnoma uchun zarur boʻlgan quyidagilar yetishmaydi: %1.</translation>
    </message>
    <message>
        <source>There is no photo of the person: add one before issuing.</source>
        <translation>Shaxsning surati yoʻq: guvohnoma berishdan oldin suratni qoʻshing.</translation>
    </message>
    <message>
        <source>Give the receipt number of the state duty, or the reason for the exemption.</source>
        <translation>Konsullik yigʻimi toʻlangani haqidagi kvitansiya raqamini yoki yigʻimdan ozod qilish asosini koʻrsating.</translation>
    </message>
    <message>
        <source>Give either a receipt number or an exemption reason, not both.</source>
        <translation>Kvitansiya raqamini yoki toʻlovdan ozod qilish asosini koʻrsating, ikkalasini birga emas.</translation>
    </message>
    <message>
        <source>The validity must be %1 to %2 days (one to three months); %3 were asked.</source>
        <translation>Amal qilish muddati %1 dan %2 kungacha (bir oydan uch oygacha) boʻlishi kerak; soʻralgani: %3.</translation>
    </message>
    <message>
        <source>Certificate %1 of this person is still valid (until %2): spoil or cancel it, with the reason, before issuing another.</source>
        <translation>Bu shaxsning %1-son guvohnomasi hali amalda (%2 gacha): yangisini berishdan oldin uni sababini koʻrsatib buzilgan blanka deb belgilang yoki bekor qiling.</translation>
    </message>
    <message>
        <source>The certificate counter is missing.</source>
        <translation>Guvohnomalar raqamlari hisoblagichi yoʻq.</translation>
    </message>
    <message>
        <source>Certificate of Return %1 issued, valid until %2.</source>
        <translation>%1-son Oʻzbekiston Respublikasiga qaytish uchun guvohnoma berildi, %2 gacha amal qiladi.</translation>
    </message>
    <message>
        <source>A certificate can be marked only “%1” or “%2”.</source>
        <translation>Guvohnomani faqat «%1» yoki «%2» deb belgilash mumkin.</translation>
    </message>
    <message>
        <source>Give the reason why the blank is spoiled.</source>
        <translation>Blanka buzilganligi sababini koʻrsating.</translation>
    </message>
    <message>
        <source>Give the reason why the certificate is cancelled.</source>
        <translation>Guvohnomani bekor qilish sababini koʻrsating.</translation>
    </message>
    <message>
        <source>Certificate %1 is already “%2”: %3</source>
        <translation>%1-son guvohnoma allaqachon «%2» holatida: %3</translation>
    </message>
    <message>
        <source>Certificate %1 spoiled: %2</source>
        <translation>%1-son guvohnoma blankasi buzilgan deb belgilandi: %2</translation>
    </message>
    <message>
        <source>Certificate %1 cancelled: %2</source>
        <translation>%1-son guvohnoma bekor qilindi: %2</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>The record no longer exists in the register.</source>
        <translation>Bu yozuv reestrda endi yoʻq.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The register file (default: the officer&apos;s register).</source>
        <translation>Reestr fayli (sukut boʻyicha — mansabdor shaxsning reestri).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>yoʻl</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ism</translation>
    </message>
    <message>
        <source>Print JSON (stable keys, never translated).</source>
        <translation>JSON koʻrinishida chiqarish (kalitlar oʻzgarmaydi va tarjima qilinmaydi).</translation>
    </message>
    <message>
        <source>demo: the number of cases.</source>
        <translation>demo: ishlar soni.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>son</translation>
    </message>
    <message>
        <source>demo: the random seed (same seed, same register).</source>
        <translation>demo: tasodifiy sonlar generatorining boshlangʻich qiymati (qiymat bir xil boʻlsa, reestr ham bir xil).</translation>
    </message>
    <message>
        <source>list: only cases in this status.</source>
        <translation>list: faqat shu holatdagi ishlar.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>list: names in any script or spelling, passport, PINFL, host reference.</source>
        <translation>list: istalgan yozuv va imlodagi ism, pasport, JSHSHIR, qabul qiluvchi davlatdagi raqam.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>matn</translation>
    </message>
    <message>
        <source>case status: the reason or comment.</source>
        <translation>case status: sabab yoki izoh.</translation>
    </message>
    <message>
        <source>identity request or reply: its number.</source>
        <translation>shaxsni tasdiqlash soʻrovi yoki javob: raqami.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>raqam</translation>
    </message>
    <message>
        <source>identity request or reply: its date.</source>
        <translation>shaxsni tasdiqlash soʻrovi yoki javob: sanasi.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>sana</translation>
    </message>
    <message>
        <source>qaytish-cli: %1</source>
        <translation>qaytish-cli: xato: %1</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to the command %2.</source>
        <translation>--%1 parametri %2 buyrugʻiga tegishli emas.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>buyruq koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init argument qabul qilmaydi.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>nomaʼlum buyruq: «%1».</translation>
    </message>
    <message>
        <source>Created the register %1.</source>
        <translation>%1 reestri yaratildi.</translation>
    </message>
    <message>
        <source>Upgraded the register %1 from version %2 to %3; the copy from before is %4.</source>
        <translation>%1 reestri %2-versiyadan %3-versiyaga yangilandi; avvalgi holat nusxasi — %4.</translation>
    </message>
    <message>
        <source>The register %1 is up to date.</source>
        <translation>%1 reestri yangilanishni talab qilmaydi.</translation>
    </message>
    <message>
        <source>--cases needs a number from 1 to 10000000.</source>
        <translation>--cases uchun 1 dan 10000000 gacha son kerak.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed uchun 0 dan 4294967295 gacha butun son kerak.</translation>
    </message>
    <message>
        <source>Wrote %1 fictional cases to %2.</source>
        <translation>%2 ga %1 ta toʻqima ish yozildi.</translation>
    </message>
    <message>
        <source>“%1” is not a status. Use one of: %2.</source>
        <translation>«%1» holat emas. Quyidagilardan birini koʻrsating: %2.</translation>
    </message>
    <message>
        <source>--limit needs a number of 0 or more.</source>
        <translation>--limit uchun 0 yoki undan katta son kerak.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>F.I.Sh. (lotincha)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>F.I.Sh. (kirillcha)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tugʻilgan sana</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tugʻilgan joy</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Fuqaroligi</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>JSHSHIR</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasport</translation>
    </message>
    <message>
        <source>Host reference</source>
        <translation>Qabul qiluvchi davlatdagi raqam</translation>
    </message>
    <message>
        <source>Authorised stay until</source>
        <translation>Ruxsat etilgan muddat</translation>
    </message>
    <message>
        <source>Days since the authorised stay ended</source>
        <translation>Ruxsat etilgan muddat tugaganidan keyingi kunlar</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Ushlab turish</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Saqlash joyi</translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation>Shaxsni tasdiqlash soʻrovi</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 sanadagi %1-son</translation>
    </message>
    <message>
        <source>; reply %1 of %2: %3</source>
        <translation>; %2 sanadagi %1-son javob: %3</translation>
    </message>
    <message>
        <source>; no reply yet</source>
        <translation>; javob hali yoʻq</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>case status needs a case reference and a status code.</source>
        <translation>case status uchun ish raqami va holat kodi kerak.</translation>
    </message>
    <message>
        <source>case identity-request needs one case reference.</source>
        <translation>case identity-request uchun bitta ish raqami kerak.</translation>
    </message>
    <message>
        <source>case identity-reply needs one case reference.</source>
        <translation>case identity-reply uchun bitta ish raqami kerak.</translation>
    </message>
    <message>
        <source>unknown case subcommand “%1”.</source>
        <translation>nomaʼlum case quyi buyrugʻi: «%1».</translation>
    </message>
    <message>
        <source>case %1 needs --%2.</source>
        <translation>case %1 uchun --%2 parametri kerak.</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date. Write it as 30.04.2025, 30042025 or 2025-04-30.</source>
        <translation>--date: «%1» sana emas. Uni 30.04.2025, 30042025 yoki 2025-04-30 koʻrinishida yozing.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: identity request %2 of %3 logged; status %4.</source>
        <translation>%1: %3 sanadagi %2-son shaxsni tasdiqlash soʻrovi qayd etildi; holat: %4.</translation>
    </message>
    <message>
        <source>%1: reply %2 of %3 (%4) recorded for request %5; status %6.</source>
        <translation>%1: %5-son soʻrovga %3 sanadagi %2-son javob (%4) kiritildi; holat: %6.</translation>
    </message>
    <message>
        <source>fill a new register with fictional cases (needs %1)</source>
        <translation>yangi reestrni toʻqima ishlar bilan toʻldirish (%1 kerak)</translation>
    </message>
    <message>
        <source>list the cases</source>
        <translation>ishlar roʻyxatini chiqarish</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>bitta ishni koʻrsatish</translation>
    </message>
    <message>
        <source>move a case to another status</source>
        <translation>ishni boshqa holatga oʻtkazish</translation>
    </message>
    <message>
        <source>log the identity request sent home</source>
        <translation>Oʻzbekistonga yuborilgan shaxsni tasdiqlash soʻrovini qayd etish</translation>
    </message>
    <message>
        <source>record the reply to it</source>
        <translation>unga javobni qayd etish</translation>
    </message>
    <message>
        <source>Qaytish: the register of return cases of a consular post.</source>
        <translation>Qaytish: konsullik muassasasining qaytish ishlari reestri.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Buyruqlar:</translation>
    </message>
    <message>
        <source>Status codes: %1.</source>
        <translation>Holat kodlari: %1.</translation>
    </message>
    <message>
        <source>Reply results: %1.</source>
        <translation>Javob natijalari: %1.</translation>
    </message>
    <message>
        <source>Dates: %1.</source>
        <translation>Sanalar: %1.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 a check says no; 2 usage error, bad input, not found, or a foreign, damaged or newer file; 3 partly done; 4 not logged in or not allowed; 5 the register is busy.</source>
        <translation>Chiqish kodlari: 0 — bajarildi; 1 — tekshiruv oʻtmadi; 2 — buyruqda xato, notoʻgʻri maʼlumot, topilmadi, begona, shikastlangan yoki yangiroq fayl; 3 — qisman bajarildi; 4 — tizimga kirilmagan yoki ruxsat yoʻq; 5 — reestr band.</translation>
    </message>
    <message>
        <source>identity reply: the result, one of %1.</source>
        <translation>soʻrovga javob: natija, quyidagilardan biri: %1.</translation>
    </message>
    <message>
        <source>Run %1 for the commands and options.</source>
        <translation>Buyruqlar va parametrlar roʻyxati: %1.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; give the number with %2.</source>
        <translation>%1 buyrugʻi argument qabul qilmaydi; sonini %2 parametrida koʻrsating.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; search with %2.</source>
        <translation>%1 buyrugʻi argument qabul qilmaydi; qidirish uchun %2 parametridan foydalaning.</translation>
    </message>
    <message>
        <source>The demo writes fictional cases and never into the officer&apos;s own register: name a separate file with %1.</source>
        <translation>Namunaviy maʼlumotlar faqat toʻqima ishlardir va hech qachon mansabdor shaxsning ish reestriga yozilmaydi: %1 parametrida alohida fayl koʻrsating.</translation>
    </message>
    <message>
        <source>%1 needs one case reference, e.g. %2.</source>
        <translation>%1 buyrugʻi uchun bitta ish raqami kerak, masalan: %2.</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 buyrugʻi uchun quyi buyruq kerak: %2.</translation>
    </message>
    <message>
        <source>Case %1 has no identity request waiting for a reply: log the request first with %2.</source>
        <translation>%1-ish boʻyicha javob kutayotgan shaxsni tasdiqlash soʻrovi yoʻq: avval soʻrovni %2 buyrugʻi bilan qayd eting.</translation>
    </message>
    <message>
        <source>read and check a machine readable zone (lines as arguments, or from standard input); exit 1 when a check digit is wrong</source>
        <translation>mashinada oʻqiladigan zonani oʻqish va tekshirish (satrlar argument sifatida yoki standart kirishdan); nazorat raqami notoʻgʻri boʻlsa, chiqish kodi 1</translation>
    </message>
    <message>
        <source>check and decode a PINFL; exit 1 when its check digit is wrong</source>
        <translation>JSHSHIRni tekshirish va uning tarkibini koʻrsatish; nazorat raqami notoʻgʻri boʻlsa, chiqish kodi 1</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Standart kirishni oʻqib boʻlmayapti.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Hujjat</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, kod %2</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Bergan davlat</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Familiya</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Hujjat raqami</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>koʻrsatilmagan</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Amal qilish muddati</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (muddati oʻtgan)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Shaxsiy raqam</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>Qoʻshimcha maʼlumotlar</translation>
    </message>
    <message>
        <source>Check digit, %1</source>
        <translation>Nazorat raqami (%1)</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>toʻgʻri</translation>
    </message>
    <message>
        <source>WRONG: the zone has %1, the rule gives %2</source>
        <translation>NOTOʻGʻRI: zonada %1, qoida boʻyicha %2 chiqadi</translation>
    </message>
    <message>
        <source>%1: not a PINFL. %2</source>
        <translation>%1: bu JSHSHIR emas. %2</translation>
    </message>
    <message>
        <source>check digit correct</source>
        <translation>nazorat raqami toʻgʻri</translation>
    </message>
    <message>
        <source>check digit wrong (the rule gives %1)</source>
        <translation>nazorat raqami notoʻgʻri (qoida boʻyicha %1 chiqadi)</translation>
    </message>
    <message>
        <source>its date of birth %1 differs from the zone&apos;s</source>
        <translation>undagi tugʻilgan sana (%1) zonadagidan farq qiladi</translation>
    </message>
    <message>
        <source>its sex %1 differs from the zone&apos;s</source>
        <translation>undagi jins (%1) zonadagidan farq qiladi</translation>
    </message>
    <message>
        <source>agrees with the zone&apos;s date of birth and sex</source>
        <translation>zonadagi tugʻilgan sana va jinsga mos keladi</translation>
    </message>
    <message>
        <source>All check digits are correct.</source>
        <translation>Barcha nazorat raqamlari toʻgʻri.</translation>
    </message>
    <message numerus="yes">
        <source>%n check digit(s) wrong: the zone was misread or altered.</source>
        <translation>
            <numerusform>%n ta nazorat raqami notoʻgʻri: zona xato oʻqilgan yoki oʻzgartirilgan.</numerusform>
            <numerusform>%n ta nazorat raqami notoʻgʻri: zona xato oʻqilgan yoki oʻzgartirilgan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs one number, e.g. %2.</source>
        <translation>%1 buyrugʻi uchun bitta raqam kerak, masalan: %2.</translation>
    </message>
    <message>
        <source>The check digit is %1, but the rule gives %2.</source>
        <translation>Nazorat raqami %1, lekin qoida boʻyicha %2 chiqadi.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Tugʻilgan sana %1 bugungi kundan keyin.</translation>
    </message>
    <message>
        <source>Century of birth</source>
        <translation>Tugʻilgan asr</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1-yillar</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>Tuman kodi</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Tartib raqami</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Nazorat raqami</translation>
    </message>
    <message>
        <source>WRONG: the rule gives %1</source>
        <translation>NOTOʻGʻRI: qoida boʻyicha %1 chiqadi</translation>
    </message>
    <message>
        <source>The PINFL is valid.</source>
        <translation>JSHSHIR toʻgʻri.</translation>
    </message>
    <message>
        <source>The PINFL is not valid: %1</source>
        <translation>JSHSHIR notoʻgʻri: %1</translation>
    </message>
    <message>
        <source>import people from a CSV file as new cases</source>
        <translation>CSV fayldagi shaxslarni yangi ishlar sifatida import qilish</translation>
    </message>
    <message>
        <source>write the cases, or those found, to a CSV file</source>
        <translation>ishlarni (barchasini yoki topilganlarini) CSV faylga yozish</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: auto).</source>
        <translation>import: faylning kodlashi (sukut boʻyicha — auto).</translation>
    </message>
    <message>
        <source>import: the field delimiter (default: auto).</source>
        <translation>import: maydonlar ajratgichi (sukut boʻyicha — auto).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>belgi</translation>
    </message>
    <message>
        <source>import: how dates with slashes are read: %1.</source>
        <translation>import: qiya chiziqli sanalarni oʻqish tartibi: %1.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>tartib</translation>
    </message>
    <message>
        <source>import: write nothing when any row is rejected.</source>
        <translation>import: biror qator rad etilsa, hech narsa yozmaslik.</translation>
    </message>
    <message>
        <source>import: check the file and write nothing.</source>
        <translation>import: faqat faylni tekshirish, hech narsa yozmaslik.</translation>
    </message>
    <message>
        <source>%1 needs one file, e.g. %2.</source>
        <translation>%1 buyrugʻi uchun bitta fayl kerak, masalan: %2.</translation>
    </message>
    <message>
        <source>--encoding needs one of: %1.</source>
        <translation>--encoding uchun quyidagilardan biri kerak: %1.</translation>
    </message>
    <message>
        <source>--delimiter needs one of: %1.</source>
        <translation>--delimiter uchun quyidagilardan biri kerak: %1.</translation>
    </message>
    <message>
        <source>--date-format needs one of: %1.</source>
        <translation>--date-format uchun quyidagilardan biri kerak: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ni oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>%1: the column “%2” is not known; it was not imported.</source>
        <translation>%1: «%2» ustuni nomaʼlum; u import qilinmadi.</translation>
    </message>
    <message>
        <source>probable duplicate: %1 is also on line %2.</source>
        <translation>ehtimoliy takror: %1 %2-qatorda ham bor.</translation>
    </message>
    <message>
        <source>probable duplicate: %1 is also in case %2.</source>
        <translation>ehtimoliy takror: %1 %2 raqamli ishda ham bor.</translation>
    </message>
    <message>
        <source>Checked %1: %2 of %3 rows can be imported; nothing was written.</source>
        <translation>%1 tekshirildi: %3 ta qatordan %2 tasini import qilish mumkin; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected.</source>
        <translation>Hech narsa import qilinmadi: %2 ta qatordan %1 tasi rad etildi.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 into %4.</source>
        <translation>%3 faylidan %4 reestriga %2 ta qatordan %1 tasi import qilindi.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to %1.</source>
        <translation>
            <numerusform>%1 fayliga %Ln ta ish yozildi.</numerusform>
            <numerusform>%1 fayliga %Ln ta ish yozildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>store the person&apos;s photo from a JPEG or PNG file (centred crop)</source>
        <translation>shaxsning suratini JPEG yoki PNG fayldan saqlash (markazdan kesib olinadi)</translation>
    </message>
    <message>
        <source>issue a Certificate of Return; prints its number</source>
        <translation>Oʻzbekiston Respublikasiga qaytish uchun guvohnoma berish; uning raqamini chiqaradi</translation>
    </message>
    <message>
        <source>write the certificate as PDF (again, as often as needed)</source>
        <translation>guvohnomani PDF koʻrinishida yozish (qayta, kerakli marta)</translation>
    </message>
    <message>
        <source>mark a blank spoiled or a certificate cancelled; it stays in the register</source>
        <translation>blankani buzilgan yoki guvohnomani bekor qilingan deb belgilash; yozuv reestrda qoladi</translation>
    </message>
    <message>
        <source>check a certificate&apos;s QR code; exit 1 when forged, altered, expired or void</source>
        <translation>guvohnomaning QR kodini tekshirish; guvohnoma soxta, oʻzgartirilgan, muddati oʻtgan yoki haqiqiy emas boʻlsa, chiqish kodi 1</translation>
    </message>
    <message>
        <source>list the register of certificates</source>
        <translation>guvohnomalar reestrini chiqarish</translation>
    </message>
    <message>
        <source>write the register of certificates to a CSV file</source>
        <translation>guvohnomalar reestrini CSV faylga yozish</translation>
    </message>
    <message>
        <source>write the mission&apos;s public keys for checking QR codes offline</source>
        <translation>QR kodlarni internetsiz tekshirish uchun muassasaning ochiq kalitlarini yozish</translation>
    </message>
    <message>
        <source>create a return list (a flight manifest) and print its number</source>
        <translation>qaytish roʻyxatini (reysning yoʻlovchilar roʻyxatini) yaratish va uning raqamini chiqarish</translation>
    </message>
    <message>
        <source>put cases on a draft list</source>
        <translation>ishlarni roʻyxat qoralamasiga qoʻshish</translation>
    </message>
    <message>
        <source>take a case off a draft list</source>
        <translation>ishni roʻyxat qoralamasidan chiqarish</translation>
    </message>
    <message>
        <source>list the hard stops and warnings; exit 3 when there is any</source>
        <translation>qatʼiy toʻsiqlar va ogohlantirishlarni chiqarish; ular boʻlsa, chiqish kodi 3</translation>
    </message>
    <message>
        <source>override a warning with the reason (hard stops cannot be overridden)</source>
        <translation>ogohlantirishni sababini koʻrsatib chetlab oʻtish (qatʼiy toʻsiqlarni chetlab oʻtib boʻlmaydi)</translation>
    </message>
    <message>
        <source>take the hard stops off and make the list final; the reason overrides the remaining warnings</source>
        <translation>qatʼiy toʻsigʻi bor shaxslarni roʻyxatdan chiqarish va roʻyxatni tasdiqlash; qolgan ogohlantirishlar koʻrsatilgan sabab bilan chetlab oʻtiladi</translation>
    </message>
    <message>
        <source>make a final list a draft again</source>
        <translation>tasdiqlangan roʻyxatni yana qoralamaga qaytarish</translation>
    </message>
    <message>
        <source>after the flight: who boarded, and who did not (with the reason)</source>
        <translation>reysdan keyin: kim bortga chiqdi, kim chiqmadi (sababi bilan)</translation>
    </message>
    <message>
        <source>close a list after the flight</source>
        <translation>reysdan keyin roʻyxatni yakunlash</translation>
    </message>
    <message>
        <source>write the manifest or the reception list as a PDF</source>
        <translation>yoʻlovchilar roʻyxatini yoki kutib olish roʻyxatini PDF koʻrinishida yozish</translation>
    </message>
    <message>
        <source>write the manifest or the reception list as a CSV file</source>
        <translation>yoʻlovchilar roʻyxatini yoki kutib olish roʻyxatini CSV faylga yozish</translation>
    </message>
    <message>
        <source>show the return lists</source>
        <translation>qaytish roʻyxatlarini koʻrsatish</translation>
    </message>
    <message>
        <source>certificate issue: store this photo first.</source>
        <translation>guvohnoma berish: avval shu suratni saqlash.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fayl</translation>
    </message>
    <message>
        <source>certificate issue: days of validity (default: the mission&apos;s).</source>
        <translation>guvohnoma berish: amal qilish muddati, kunlarda (sukut boʻyicha — muassasa sozlamasi).</translation>
    </message>
    <message>
        <source>certificate issue: the receipt of the state duty.</source>
        <translation>guvohnoma berish: konsullik yigʻimi toʻlangani haqidagi kvitansiya raqami.</translation>
    </message>
    <message>
        <source>certificate issue: the reason for exemption from the state duty.</source>
        <translation>guvohnoma berish: konsullik yigʻimidan ozod qilish sababi.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>sabab</translation>
    </message>
    <message>
        <source>certificate verify: read the QR code from this image.</source>
        <translation>guvohnomani tekshirish: QR kodni shu rasmdan oʻqish.</translation>
    </message>
    <message>
        <source>certificate verify: the mission&apos;s public key file (default: the register&apos;s keys).</source>
        <translation>guvohnomani tekshirish: muassasaning ochiq kalitlari fayli (sukut boʻyicha — reestr kalitlari).</translation>
    </message>
    <message>
        <source>return list: the flight number.</source>
        <translation>qaytish roʻyxati: reys raqami.</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>reys</translation>
    </message>
    <message>
        <source>return list: the airport of departure (IATA code).</source>
        <translation>qaytish roʻyxati: uchib ketish aeroporti (IATA kodi).</translation>
    </message>
    <message>
        <source>return list: the airport of arrival (IATA code).</source>
        <translation>qaytish roʻyxati: qoʻnish aeroporti (IATA kodi).</translation>
    </message>
    <message>
        <source>return list: the seats for its people.</source>
        <translation>qaytish roʻyxati: undagi shaxslar uchun oʻrinlar soni.</translation>
    </message>
    <message>
        <source>return list: the airline.</source>
        <translation>qaytish roʻyxati: aviakompaniya.</translation>
    </message>
    <message>
        <source>return list: the time of departure.</source>
        <translation>qaytish roʻyxati: uchib ketish vaqti.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>vaqt</translation>
    </message>
    <message>
        <source>certificate spoil, cancel; return list: the reason (spoiling, cancelling, overrides, reopening, not boarding, taking off).</source>
        <translation>blankani buzilgan deb belgilash, guvohnomani bekor qilish; qaytish roʻyxati: sabab (buzilgan blanka deb belgilash, bekor qilish, ogohlantirishlarni chetlab oʻtish, qayta ochish, bortga chiqmaslik, roʻyxatdan chiqarish).</translation>
    </message>
    <message>
        <source>return list: %1 or %2.</source>
        <translation>qaytish roʻyxati: turi — %1 yoki %2.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tur</translation>
    </message>
    <message>
        <source>language</source>
        <translation>til</translation>
    </message>
    <message>
        <source>return list: the paper: %1.</source>
        <translation>qaytish roʻyxati: qogʻoz oʻlchami: %1.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>qogʻoz</translation>
    </message>
    <message>
        <source>%1 needs a case reference and an image file.</source>
        <translation>%1 buyrugʻi uchun ish raqami va rasm fayli kerak.</translation>
    </message>
    <message>
        <source>%1: photo stored from %2.</source>
        <translation>%1: surat %2 faylidan saqlandi.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 buyrugʻi uchun talab qilinadi: %2.</translation>
    </message>
    <message>
        <source>%1 needs the text of the QR code, or %2 and an image.</source>
        <translation>%1 buyrugʻi uchun QR kod matni yoki %2 parametri va rasm kerak.</translation>
    </message>
    <message>
        <source>one case reference</source>
        <translation>bitta ish raqami</translation>
    </message>
    <message>
        <source>one certificate number</source>
        <translation>bitta guvohnoma raqami</translation>
    </message>
    <message>
        <source>Wrote certificate %1 to %2.</source>
        <translation>%1-son guvohnoma %2 ga yozildi.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>argumentlar boʻlmasligi</translation>
    </message>
    <message>
        <source>one file</source>
        <translation>bitta fayl</translation>
    </message>
    <message>
        <source>“%1” is not a certificate status. Use one of: %2.</source>
        <translation>«%1» guvohnoma holati emas. Quyidagilardan birini koʻrsating: %2.</translation>
    </message>
    <message>
        <source>Wrote the register of certificates to %1.</source>
        <translation>Guvohnomalar reestri %1 ga yozildi.</translation>
    </message>
    <message>
        <source>Wrote %1 public keys of the mission to %2.</source>
        <translation>Muassasaning %1 ta ochiq kaliti %2 ga yozildi.</translation>
    </message>
    <message>
        <source>unknown certificate subcommand “%1”; use one of: %2.</source>
        <translation>guvohnomalar uchun nomaʼlum quyi buyruq: «%1»; quyidagilardan birini koʻrsating: %2.</translation>
    </message>
    <message>
        <source>%1 needs a number of days from %2 to %3.</source>
        <translation>%1 uchun %2 dan %3 gacha kunlar soni kerak.</translation>
    </message>
    <message>
        <source>give either %1 or %2.</source>
        <translation>yo %1, yo %2 ni koʻrsating.</translation>
    </message>
    <message>
        <source>qaytish-cli: %1: %2</source>
        <translation>qaytish-cli: xato: %1: %2</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Uning amal qilish muddati %1 da tugagan.</translation>
    </message>
    <message>
        <source>The register records it as “%1”: %2</source>
        <translation>Reestrda u «%1» deb qayd etilgan: %2</translation>
    </message>
    <message>
        <source>HARD STOP</source>
        <translation>QATʼIY TOʻSIQ</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>chetlab oʻtilgan</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ogohlantirish</translation>
    </message>
    <message>
        <source>(overridden by %1: %2)</source>
        <translation>(%1 tomonidan chetlab oʻtilgan: %2)</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 uchun buyruq kerak: %2.</translation>
    </message>
    <message>
        <source>unknown command “%1 %2”; the commands are: %3.</source>
        <translation>nomaʼlum buyruq: «%1 %2»; mavjud buyruqlar: %3.</translation>
    </message>
    <message>
        <source>%1 is written: %2.</source>
        <translation>%1 buyrugʻining yozilishi: %2.</translation>
    </message>
    <message>
        <source>%1 needs a date such as %2.</source>
        <translation>%1 uchun sana kerak, masalan: %2.</translation>
    </message>
    <message>
        <source>%1 needs a number of seats, 1 or more.</source>
        <translation>%1 uchun oʻrinlar soni kerak — 1 yoki undan koʻp.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Qoʻshildi: %1.</translation>
    </message>
    <message>
        <source>Took %1 off the list.</source>
        <translation>%1-ish roʻyxatdan chiqarildi.</translation>
    </message>
    <message>
        <source>The list has no problems.</source>
        <translation>Roʻyxatda kamchiliklar yoʻq.</translation>
    </message>
    <message>
        <source>Overrode “%1”.</source>
        <translation>«%1» ogohlantirishi chetlab oʻtildi.</translation>
    </message>
    <message>
        <source>taken off the list: %1</source>
        <translation>roʻyxatdan chiqarildi: %1</translation>
    </message>
    <message>
        <source>qaytish-cli: the list was not finalised: override each warning, or give the reason for all of them with %1.</source>
        <translation>qaytish-cli: xato: roʻyxat tasdiqlanmadi: har bir ogohlantirishni chetlab oʻting yoki barchasi uchun sababni %1 parametrida koʻrsating.</translation>
    </message>
    <message numerus="yes">
        <source>The list is final: %Ln passenger(s).</source>
        <translation>
            <numerusform>Roʻyxat tasdiqlandi: %Ln yoʻlovchi.</numerusform>
            <numerusform>Roʻyxat tasdiqlandi: %Ln yoʻlovchi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is a draft again.</source>
        <translation>Roʻyxat yana qoralamaga aylandi.</translation>
    </message>
    <message>
        <source>%1 boarded.</source>
        <translation>%1: bortga chiqdi.</translation>
    </message>
    <message>
        <source>%1 did not board.</source>
        <translation>%1: bortga chiqmadi.</translation>
    </message>
    <message>
        <source>The list is completed.</source>
        <translation>Roʻyxat yakunlandi.</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 uchun quyidagilardan biri kerak: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln passenger(s) to %1.</source>
        <translation>
            <numerusform>%1 ga %Ln ta yoʻlovchi yozildi.</numerusform>
            <numerusform>%1 ga %Ln ta yoʻlovchi yozildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>count the cases by status and by condition, as the register window&apos;s dashboard does</source>
        <translation>ishlarni holatlar va shartlar boʻyicha sanash, reestr oynasining koʻrsatkichlar paneli kabi</translation>
    </message>
    <message>
        <source>Conditions: %1 (an identity check waiting longer than the mission&apos;s setting), %2 (an open case&apos;s travel document expiring within the mission&apos;s window), %3 (on a draft or final return list).</source>
        <translation>Shartlar: %1 (shaxsni tekshirish muassasa sozlamasidagi muddatdan uzoq javob kutmoqda), %2 (ochiq ishning yoʻl hujjati muassasa sozlamasidagi davr ichida tugaydi), %3 (qoralama yoki tasdiqlangan qaytish roʻyxatida).</translation>
    </message>
    <message>
        <source>list: only cases in this condition.</source>
        <translation>list: faqat shu shartdagi ishlar.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 argument qabul qilmaydi.</translation>
    </message>
    <message>
        <source>“%1” is not a condition. Use one of: %2.</source>
        <translation>«%1» shart emas. Quyidagilardan birini koʻrsating: %2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; name the register with %2.</source>
        <translation>%1 argument qabul qilmaydi; reestrni %2 bilan koʻrsating.</translation>
    </message>
    <message>
        <source>%1: a sound register (schema version %2; full check).</source>
        <translation>%1: reestr butun (sxema versiyasi %2; toʻliq tekshiruv).</translation>
    </message>
    <message>
        <source>%1: a sound register (schema version %2; quick check; %3 reads every index too).</source>
        <translation>%1: reestr butun (sxema versiyasi %2; tezkor tekshiruv; %3 barcha indekslarni ham oʻqiydi).</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore the register from a backup, or copy what can still be read into a new register.</source>
        <translation>Hech narsa oʻzgartirilmadi. Reestrni zaxira nusxadan tiklang yoki hali oʻqiladigan maʼlumotlarni yangi reestrga koʻchiring.</translation>
    </message>
    <message>
        <source>create the register, or upgrade it (idempotent); with an administrator (password from %1 or standard input) it gets user accounts</source>
        <translation>reestrni yaratish yoki yangilash (qayta ishga tushirish xavfsiz); maʼmur bilan (parol %1 dan yoki standart kirishdan) reestrda foydalanuvchi hisoblari boʻladi</translation>
    </message>
    <message>
        <source>add a user; the new password is the next line of standard input</source>
        <translation>foydalanuvchi qoʻshish; yangi parol — standart kirishning keyingi qatori</translation>
    </message>
    <message>
        <source>show the users and their roles</source>
        <translation>foydalanuvchilar va ularning rollarini koʻrsatish</translation>
    </message>
    <message>
        <source>change your own password, or (administrator) reset another user&apos;s, who must change it at the next sign-in; the new password is the next line of standard input</source>
        <translation>oʻz parolingizni almashtirish yoki (maʼmur) boshqa foydalanuvchining parolini tiklash — u keyingi kirishda uni almashtirishi kerak; yangi parol — standart kirishning keyingi qatori</translation>
    </message>
    <message>
        <source>disable or enable an account</source>
        <translation>hisobni oʻchirib qoʻyish yoki yoqish</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Rollar: %1.</translation>
    </message>
    <message>
        <source>A register with user accounts needs %1 and the password, from %2 or the first line of standard input.</source>
        <translation>Foydalanuvchi hisoblari bor reestrga %1 va parol kerak: %2 dan yoki standart kirishning birinchi qatoridan.</translation>
    </message>
    <message>
        <source>The user signing in; in a register without accounts, the acting officer (default: the system user).</source>
        <translation>Tizimga kiruvchi foydalanuvchi; hisoblarsiz reestrda — amalni bajaruvchi mansabdor shaxs (sukut boʻyicha — tizim foydalanuvchisi).</translation>
    </message>
    <message>
        <source>init: the register&apos;s first user, its administrator.</source>
        <translation>reestr yaratish: reestrning birinchi foydalanuvchisi, uning maʼmuri.</translation>
    </message>
    <message>
        <source>init: a register without user accounts, which asks for no sign-in.</source>
        <translation>reestr yaratish: foydalanuvchi hisoblarisiz reestr, tizimga kirish soʻralmaydi.</translation>
    </message>
    <message>
        <source>user add: a role, one of %1 (repeat it for several).</source>
        <translation>foydalanuvchi qoʻshish: rol, %1 dan biri (bir nechtasi uchun takrorlang).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>init, user add: the user&apos;s full name.</source>
        <translation>reestr yaratish, foydalanuvchi qoʻshish: foydalanuvchining toʻliq ismi.</translation>
    </message>
    <message>
        <source>%1 and %2 exclude each other.</source>
        <translation>%1 va %2 birga ishlatilmaydi.</translation>
    </message>
    <message>
        <source>No password was given for the administrator %1: set %2 or write it on a line of standard input.</source>
        <translation>Maʼmur %1 uchun parol berilmadi: %2 ni belgilang yoki uni standart kirishga bir qator qilib yozing.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts already: add users with %2.</source>
        <translation>%1 reestrida foydalanuvchi hisoblari allaqachon bor: foydalanuvchilarni %2 bilan qoʻshing.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts now: %2 is its administrator, with every role.</source>
        <translation>%1 reestrida endi foydalanuvchi hisoblari bor: %2 — uning barcha rollarga ega maʼmuri.</translation>
    </message>
    <message>
        <source>The register %1 stays without user accounts: it asks for no sign-in.</source>
        <translation>%1 reestri foydalanuvchi hisoblarisiz qoladi: tizimga kirish soʻralmaydi.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts: give %2 and the password (in %3, or on a line of standard input).</source>
        <translation>%1 reestrida foydalanuvchi hisoblari bor: %2 va parolni bering (%3 da yoki standart kirishga bir qator qilib).</translation>
    </message>
    <message>
        <source>No password was given for %1: set %2 or write it on a line of standard input.</source>
        <translation>%1 uchun parol berilmadi: %2 ni belgilang yoki uni standart kirishga bir qator qilib yozing.</translation>
    </message>
    <message>
        <source>An administrator reset the password of %1: choose a new one first with %2.</source>
        <translation>Maʼmur %1 parolini tikladi: avval %2 bilan yangisini tanlang.</translation>
    </message>
    <message>
        <source>unknown user subcommand “%1”.</source>
        <translation>nomaʼlum user quyi buyrugʻi: «%1».</translation>
    </message>
    <message>
        <source>%1 needs one user name.</source>
        <translation>%1 uchun bitta foydalanuvchi nomi kerak.</translation>
    </message>
    <message>
        <source>“%1” is not a role. Use one of: %2.</source>
        <translation>«%1» rol emas. Quyidagilardan birini ishlating: %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one %2.</source>
        <translation>%1 uchun kamida bitta %2 kerak.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>%1 hisobi oʻchirib qoʻyildi.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>%1 hisobi yoqildi.</translation>
    </message>
    <message>
        <source>No new password was given: write it on the next line of standard input.</source>
        <translation>Yangi parol berilmadi: uni standart kirishning keyingi qatoriga yozing.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2).</source>
        <translation>%1 foydalanuvchisi qoʻshildi (%2).</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 paroli almashtirildi.</translation>
    </message>
    <message>
        <source>The password of %1 is reset; it must be changed at the next sign-in.</source>
        <translation>%1 paroli tiklandi; keyingi kirishda uni almashtirish kerak.</translation>
    </message>
    <message>
        <source>check that the register is sound, without changing it (%1 reads every index too); exit 0 when it is, 2 when it is damaged or not a register</source>
        <translation>reestrni oʻzgartirmasdan uning butunligini tekshirish (%1 barcha indekslarni ham oʻqiydi); butun boʻlsa 0, shikastlangan yoki reestr boʻlmasa 2 bilan chiqadi</translation>
    </message>
    <message>
        <source>%1: run SQLite&apos;s %2, which reads every index too, instead of %3.</source>
        <translation>%1: %3 oʻrniga barcha indekslarni ham oʻqiydigan SQLite %2 tekshiruvini bajarish.</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 shikastlangan:</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain; exit 1 when an entry was changed, deleted or moved</source>
        <translation>audit jurnalining xesh zanjirini tekshirish; yozuv oʻzgartirilgan, oʻchirilgan yoki koʻchirilgan boʻlsa, kod 1</translation>
    </message>
    <message>
        <source>show the audit trail, newest first (the values only to officers and consuls)</source>
        <translation>audit jurnalini koʻrsatish, avval yangilari (qiymatlar faqat xodimlar va konsullarga)</translation>
    </message>
    <message>
        <source>list the persons whose cases are past the mission&apos;s retention period, or anonymise them (administrator)</source>
        <translation>ishlari vakolatxonaning saqlash muddatidan oʻtgan shaxslarni koʻrsatish yoki ularni anonimlashtirish (administrator)</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>raqam</translation>
    </message>
    <message>
        <source>unknown audit subcommand “%1”.</source>
        <translation>nomaʼlum audit kichik buyrugʻi “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the audit trail is intact (%n entries; last hash %2).</source>
        <translation>
            <numerusform>%1: audit jurnali butun (%n ta yozuv; oxirgi xesh %2).</numerusform>
            <numerusform>%1: audit jurnali butun (%n ta yozuv; oxirgi xesh %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail of %1 was tampered with:</source>
        <translation>%1 audit jurnaliga aralashilgan:</translation>
    </message>
    <message>
        <source>unknown action “%1”; the actions are %2.</source>
        <translation>nomaʼlum harakat “%1”; harakatlar: %2.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (e.g. %3).</source>
        <translation>--%1: “%2” sana emas (masalan, %3).</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>%1-ish yoʻq.</translation>
    </message>
    <message>
        <source>(values hidden)</source>
        <translation>(qiymatlar yashirilgan)</translation>
    </message>
    <message>
        <source>(values erased)</source>
        <translation>(qiymatlar oʻchirilgan)</translation>
    </message>
    <message>
        <source>unknown retention subcommand “%1”.</source>
        <translation>nomaʼlum retention kichik buyrugʻi “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be anonymised.</source>
        <translation>
            <numerusform>%n ta shaxs anonimlashtiriladi.</numerusform>
            <numerusform>%n ta shaxs anonimlashtiriladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from each:</source>
        <translation>Har biridan oʻchiriladi:</translation>
    </message>
    <message>
        <source>Kept: the cases, their dates and statuses, sex, nationality.</source>
        <translation>Saqlanadi: ishlar, ularning sanalari va holatlari, jinsi, fuqaroligi.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n ta shaxs anonimlashtirildi.</numerusform>
            <numerusform>%n ta shaxs anonimlashtirildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: print at most this many.</source>
        <translation>%1: koʻpi bilan shuncha chiqarish.</translation>
    </message>
    <message>
        <source>%1: only what this user did.</source>
        <translation>%1: faqat shu foydalanuvchi qilgan ishlar.</translation>
    </message>
    <message>
        <source>%1: only this action, one of %2.</source>
        <translation>%1: faqat shu harakat, quyidagilardan biri: %2.</translation>
    </message>
    <message>
        <source>%1: only entries about this case&apos;s person.</source>
        <translation>%1: faqat shu ishdagi shaxs haqidagi yozuvlar.</translation>
    </message>
    <message>
        <source>%1: from this day on.</source>
        <translation>%1: shu kundan boshlab.</translation>
    </message>
    <message>
        <source>%1: up to this day.</source>
        <translation>%1: shu kungacha.</translation>
    </message>
    <message>
        <source>%1 must be a positive number.</source>
        <translation>%1 musbat son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>write everything the register holds about the person of the case (a subject-access request): a PDF report, or JSON by the file&apos;s extension; the export is recorded in the audit trail</source>
        <translation>ish tegishli boʻlgan shaxs haqida reestrda saqlanayotgan barcha maʼlumotlarni yozish (shaxsning oʻz maʼlumotlari bilan tanishish soʻrovi): fayl kengaytmasiga qarab PDF hisobot yoki JSON; eksport audit jurnalida qayd etiladi</translation>
    </message>
    <message>
        <source>write a consistent copy of the whole register to FILE (administrator); with %1 it is sealed with the passphrase on the next line of standard input</source>
        <translation>butun reestrning yaxlit nusxasini FILE fayliga yozish (administrator); %1 bilan u standart kirishning keyingi qatoridagi parol iborasi bilan shifrlanadi</translation>
    </message>
    <message>
        <source>replace the register by a backup after checking the whole of it; the register as it was is kept as a safety copy (administrator, when the register has accounts)</source>
        <translation>reestrni zaxira nusxani toʻliq tekshirgandan soʻng u bilan almashtirish; avvalgi reestr ehtiyot nusxa sifatida saqlanadi (reestrda hisoblar boʻlsa, administrator)</translation>
    </message>
    <message>
        <source>certificate pdf, public-key; return-list pdf, csv; subject-access: the file to write.</source>
        <translation>guvohnoma PDF koʻrinishida, ochiq kalitlar; qaytish roʻyxati PDF yoki CSV koʻrinishida; shaxs maʼlumotlari eksporti: yoziladigan fayl.</translation>
    </message>
    <message>
        <source>return list, subject-access: the language of the PDF: %1.</source>
        <translation>qaytish roʻyxati, shaxs maʼlumotlari eksporti: PDF tili: %1.</translation>
    </message>
    <message>
        <source>backup, restore: the backup&apos;s passphrase is the next line of standard input (after the sign-in password when that comes from there too).</source>
        <translation>backup, restore: zaxira nusxaning parol iborasi standart kirishning keyingi qatori (agar kirish paroli ham u yerdan olinsa, undan keyin).</translation>
    </message>
    <message>
        <source>backup: replace FILE when it exists.</source>
        <translation>backup: FILE mavjud boʻlsa, uni almashtirish.</translation>
    </message>
    <message>
        <source>%1 needs one file to write: %2.</source>
        <translation>%1 uchun yoziladigan bitta fayl kerak: %2.</translation>
    </message>
    <message>
        <source>No passphrase was given for the backup %1: write it on the next line of standard input.</source>
        <translation>%1 zaxira nusxasi uchun parol iborasi berilmadi: uni standart kirishning keyingi qatoriga yozing.</translation>
    </message>
    <message>
        <source>Give %1 to replace it.</source>
        <translation>Uni almashtirish uchun %1 ni bering.</translation>
    </message>
    <message>
        <source>The register %1 was backed up to %2, sealed with the passphrase (%3 bytes).</source>
        <translation>%1 reestrining zaxira nusxasi %2 ga yozildi va parol iborasi bilan shifrlandi (%3 bayt).</translation>
    </message>
    <message>
        <source>The register %1 was backed up to %2, not sealed: anyone who has the file can read it (%3 bytes).</source>
        <translation>%1 reestrining zaxira nusxasi %2 ga shifrlanmasdan yozildi: faylga ega boʻlgan har kim uni oʻqiy oladi (%3 bayt).</translation>
    </message>
    <message>
        <source>%1 needs one backup file: %2.</source>
        <translation>%1 uchun bitta zaxira nusxa fayli kerak: %2.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup: its passphrase is needed. Give %2 and write the passphrase on the next line of standard input.</source>
        <translation>%1 — shifrlangan zaxira nusxa: uning parol iborasi kerak. %2 ni bering va parol iborasini standart kirishning keyingi qatoriga yozing.</translation>
    </message>
    <message>
        <source>The register %1 was made from the backup %2.</source>
        <translation>%1 reestri %2 zaxira nusxasidan yaratildi.</translation>
    </message>
    <message>
        <source>The register %1 was restored from the backup %2. The register as it was is kept as %3.</source>
        <translation>%1 reestri %2 zaxira nusxasidan tiklandi. Avvalgi reestr %3 sifatida saqlandi.</translation>
    </message>
    <message>
        <source>Wrote everything about the person of case %1 to %2.</source>
        <translation>%1 ishi boʻyicha shaxs haqidagi barcha maʼlumotlar %2 fayliga yozildi.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s); cases returned or closed before %1.</source>
        <translation>
            <numerusform>Saqlash muddati: %n yil; %1 dan oldin qaytgan yoki yopilgan ishlar.</numerusform>
            <numerusform>Saqlash muddati: %n yil; %1 dan oldin qaytgan yoki yopilgan ishlar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Bekor qilindi: fayl yozilmadi.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The row has %1 fields, but the header has %2.</source>
        <translation>Qatorda %1 ta maydon bor, sarlavhada esa %2 ta.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 30.04.2025 or 2025-04-30).</source>
        <translation>«%1» sana emas (30.04.2025 yoki 2025-04-30 koʻrinishida yozing).</translation>
    </message>
    <message>
        <source>“%1” has no comma between the surname and the given names.</source>
        <translation>«%1» qiymatida familiya bilan ism orasida vergul yoʻq.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>fayl</translation>
    </message>
    <message>
        <source>The file writes dates with slashes (“%1” on line %2), which can be read day first or month first. Nothing was imported: choose the date format (%3, %4 or %5).</source>
        <translation>Faylda sanalar qiya chiziq bilan yozilgan (%2-qatorda «%1»), ularda avval kun ham, avval oy ham kelishi mumkin. Hech narsa import qilinmadi: sana formatini tanlang (%3, %4 yoki %5).</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line with column names.</source>
        <translation>%1 boʻsh: ustun nomlari yozilgan sarlavha qatori yoʻq.</translation>
    </message>
    <message>
        <source>No column of the first line of %1 is known (surname, given names, date of birth, ...): it has no recognisable header.</source>
        <translation>%1: birinchi qatordagi birorta ustun tanilmadi (familiya, ism, tugʻilgan sana, ...): tanib boʻladigan sarlavha yoʻq.</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Familiya (lotincha)</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Ism (lotincha)</translation>
    </message>
    <message>
        <source>Patronymic (Latin)</source>
        <translation>Otasining ismi (lotincha)</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Familiya (kirillcha)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Ism (kirillcha)</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic)</source>
        <translation>Otasining ismi (kirillcha)</translation>
    </message>
    <message>
        <source>Surname, given names (one column)</source>
        <translation>Familiya, ism (bitta ustun)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tugʻilgan sana</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tugʻilgan joy</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Fuqaroligi</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Pasport raqami</translation>
    </message>
    <message>
        <source>Passport expiry date</source>
        <translation>Pasportning amal qilish muddati</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>JSHSHIR</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A-raqam</translation>
    </message>
    <message>
        <source>Visa class</source>
        <translation>Viza turi</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Kirgan sana</translation>
    </message>
    <message>
        <source>Authorised stay until</source>
        <translation>Ruxsat etilgan muddat</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Saqlash joyi</translation>
    </message>
    <message>
        <source>Phone (contact abroad)</source>
        <translation>Telefon (xorijdagi aloqa)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <source>Case reference (not imported)</source>
        <translation>Ish raqami (import qilinmaydi)</translation>
    </message>
    <message>
        <source>Status (not imported)</source>
        <translation>Holat (import qilinmaydi)</translation>
    </message>
    <message>
        <source>“%1” can be read day first or month first: choose the date format.</source>
        <translation>«%1» da avval kun ham, avval oy ham kelishi mumkin: sana formatini tanlang.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>%1 faylidan import qilingan.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Bekor qilindi: hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>PINFL %1</source>
        <translation>JSHSHIR %1</translation>
    </message>
    <message>
        <source>passport number %1</source>
        <translation>pasport raqami %1</translation>
    </message>
    <message>
        <source>the date of birth and the name of %1</source>
        <translation>tugʻilgan sana va ism (%1)</translation>
    </message>
    <message>
        <source>Exported by (not imported)</source>
        <translation>Kim eksport qilgan (import qilinmaydi)</translation>
    </message>
    <message>
        <source>Exported at (not imported)</source>
        <translation>Qachon eksport qilingan (import qilinmaydi)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Faylni oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data). Choose a CSV file.</source>
        <translation>Bu matnli fayl emas (unda ikkilik maʼlumotlar bor). CSV faylni tanlang.</translation>
    </message>
    <message>
        <source>The file holds binary data after line %1: it is not a CSV file.</source>
        <translation>Faylda %1-qatordan keyin ikkilik maʼlumotlar bor: bu CSV fayl emas.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote character (&quot;) is missing.</source>
        <translation>%1-qatorda boshlangan qoʻshtirnoqli maydon yopilmagan: qoʻshtirnoq belgisi (&quot;) yetishmaydi.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 million characters; a quote character (&quot;) is probably missing.</source>
        <translation>%1-qatorda boshlangan yozuv %2 million belgidan uzun; ehtimol, qoʻshtirnoq belgisi (&quot;) yetishmaydi.</translation>
    </message>
    <message>
        <source>The file is in %1, which the import does not read. Save it as CSV in %2 or %3.</source>
        <translation>Fayl %1 kodlashida, import uni oʻqimaydi. Uni CSV sifatida %2 yoki %3 kodlashida saqlang.</translation>
    </message>
    <message>
        <source>The encoding of the file is not known: it is neither %1 nor %2. Save it as CSV in %1.</source>
        <translation>Faylning kodlashi aniqlanmadi: u %1 ham, %2 ham emas. Uni CSV sifatida %1 kodlashida saqlang.</translation>
    </message>
    <message>
        <source>The file is not valid %1 near line %2. If it comes from an older spreadsheet, choose the encoding %3.</source>
        <translation>Fayl %2-qator atrofida %1 kodlashiga mos emas. Agar u eski elektron jadval dasturida yaratilgan boʻlsa, %3 kodlashini tanlang.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 is busy: another Qaytish window or program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>%1 reestri band: unga boshqa Qaytish oynasi yoki dasturi yozmoqda. Hech narsa oʻzgartirilmadi; birozdan keyin qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be read (%2). Restore it from a backup or open another register.</source>
        <translation>%1 reestri shikastlangan va uni oʻqib boʻlmaydi (%2). Uni zaxira nusxadan tiklang yoki boshqa reestrni oching.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>%1 joylashgan diskda boʻsh joy qolmagan. Hech narsa oʻzgartirilmadi; joy boʻshating va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>The register %1 refused a value: %2.</source>
        <translation>%1 reestri qiymatni rad etdi: %2.</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation>%1 da maʼlumotlar bazasining kutilmagan xatosi: %2</translation>
    </message>
    <message>
        <source>No register file was given.</source>
        <translation>Reestr fayli koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file. Choose a file inside it or another file.</source>
        <translation>%1 — reestr fayli emas, balki jild. Undagi faylni yoki boshqa faylni tanlang.</translation>
    </message>
    <message>
        <source>The register %1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>%1 reestrini oʻqib boʻlmayapti: %2. Faylga kirish huquqlarini tekshiring.</translation>
    </message>
    <message>
        <source>%1 is not a Qaytish register: it is not a database file at all. It was left unchanged.</source>
        <translation>%1 Qaytish reestri emas: u umuman maʼlumotlar bazasi fayli emas. Fayl oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Qaytish register. It was left unchanged.</source>
        <translation>%1 — boshqa dasturning maʼlumotlar bazasi, Qaytish reestri emas. Fayl oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: open it with the newer version.</source>
        <translation>%1 Qaytishning yangiroq versiyasida yozilgan (reestr versiyasi %2; bu versiya %3 gacha oʻqiy oladi). Fayl oʻzgartirilmadi: uni yangiroq versiyada oching.</translation>
    </message>
    <message>
        <source>The register %1 is read-only. Copy it to a folder you may write to, or ask for write permission.</source>
        <translation>%1 reestri faqat oʻqish uchun. Uni yozish mumkin boʻlgan jildga nusxalang yoki yozish huquqini soʻrang.</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>%1 reestri mavjud emas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 jildi mavjud emas.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish. It was left unchanged: open it with the newer version.</source>
        <translation>%1 Qaytishning yangiroq versiyasida yozilgan. Fayl oʻzgartirilmadi: uni yangiroq versiyada oching.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Bu yigʻmada %1 migratsiyasi yoʻq.</translation>
    </message>
    <message>
        <source>The register %1 cannot be written or read (%2). Nothing was changed. Check that the file and its folder may be written to and that the disk has free space.</source>
        <translation>%1 reestriga yozib yoki uni oʻqib boʻlmadi (%2). Hech narsa oʻzgartirilmadi. Fayl va uning jildiga yozish mumkinligini hamda diskda boʻsh joy borligini tekshiring.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo cases must be at least 1.</source>
        <translation>Namunaviy ishlar soni kamida 1 ta boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The register %1 already holds cases. Demo cases are only written to a new, empty register.</source>
        <translation>%1 reestrida allaqachon ishlar bor. Namunaviy ishlar faqat yangi, boʻsh reestrga yoziladi.</translation>
    </message>
    <message>
        <source>Left the country on their own.</source>
        <translation>Mamlakatni oʻzi tark etgan.</translation>
    </message>
    <message>
        <source>Found to be a citizen of another country.</source>
        <translation>Boshqa davlat fuqarosi ekani aniqlandi.</translation>
    </message>
    <message>
        <source>Legal status granted by the host country.</source>
        <translation>Qabul qiluvchi davlat qonuniy maqom berdi.</translation>
    </message>
    <message>
        <source>Demo record: a fictional person.</source>
        <translation>Namunaviy yozuv: toʻqima shaxs.</translation>
    </message>
    <message>
        <source>Identity request %1 sent.</source>
        <translation>%1-son shaxsni tasdiqlash soʻrovi yuborildi.</translation>
    </message>
    <message>
        <source>Cancelled: no demo case was written.</source>
        <translation>Bekor qilindi: birorta ham namunaviy ish yozilmadi.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Xoʻp</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Oʻzgarishlarni saqlamaslik</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same PINFL</source>
        <translation>JSHSHIR bir xil</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>pasport raqami bir xil</translation>
    </message>
    <message>
        <source>same date of birth and a matching name</source>
        <translation>tugʻilgan sana bir xil va ism mos keladi</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ga yozib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>%1 was not kept, because its export could not be recorded in the audit trail: %2</source>
        <translation>%1 saqlanmadi, chunki uning eksportini audit jurnaliga yozib boʻlmadi: %2</translation>
    </message>
</context>
<context>
    <name>MissionSettingsStore</name>
    <message>
        <source>The document number prefix must be 1 to 8 capital Latin letters or digits.</source>
        <translation>Hujjat raqami prefiksi 1 dan 8 tagacha lotin bosh harflari yoki raqamlardan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The validity of a certificate must be %1 to %2 days (one to three months).</source>
        <translation>Guvohnomaning amal qilish muddati %1 dan %2 kungacha (bir oydan uch oygacha) boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The passport margin must be 0 to 365 days.</source>
        <translation>Pasport uchun muhlat 0 dan 365 kungacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The stored photo must be 200 × 250 to 2000 × 2600 pixels.</source>
        <translation>Saqlanadigan surat 200 × 250 dan 2000 × 2600 pikselgacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The smallest accepted photo must be at least 100 × 130 pixels.</source>
        <translation>Qabul qilinadigan eng kichik surat kamida 100 × 130 piksel boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The days after which an identity check is overdue must be 1 to 3650.</source>
        <translation>Shaxsni tekshirish muddati oʻtgan hisoblanadigan kunlar soni 1 dan 3650 gacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The mission&apos;s name is needed in Uzbek and in Russian.</source>
        <translation>Muassasa nomi oʻzbek va rus tillarida kerak.</translation>
    </message>
    <message>
        <source>The document title is needed in Uzbek and in Russian.</source>
        <translation>Hujjat sarlavhasi oʻzbek va rus tillarida kerak.</translation>
    </message>
    <message>
        <source>English on documents needs the mission&apos;s name and the document title in English.</source>
        <translation>Hujjatlarda inglizcha matn uchun muassasa nomi va hujjat sarlavhasi ingliz tilida kerak.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as %1.</source>
        <translation>Valyuta uch harfli kod boʻlishi kerak, masalan %1.</translation>
    </message>
    <message>
        <source>The paper size must be %1 or %2.</source>
        <translation>Qogʻoz oʻlchami %1 yoki %2 boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The consular fee for an adult must be an amount such as 60 or 60.00.</source>
        <translation>Voyaga yetgan shaxs uchun konsullik yigʻimi summa boʻlishi kerak, masalan 60 yoki 60.00.</translation>
    </message>
    <message>
        <source>The consular fee for a minor must be an amount such as 10 or 10.00.</source>
        <translation>Voyaga yetmagan shaxs uchun konsullik yigʻimi summa boʻlishi kerak, masalan 10 yoki 10.00.</translation>
    </message>
    <message>
        <source>The days before a travel document expires that it is counted as expiring must be 1 to 365.</source>
        <translation>Yoʻl hujjati muddati tugayotgan deb hisoblanadigan kunlar soni 1 dan 365 gacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The daily safety copies kept must be 1 to 60.</source>
        <translation>Saqlanadigan kundalik ehtiyot nusxalar soni 1 dan 60 gacha boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The retention period must be 1 to 30 years.</source>
        <translation>Saqlash muddati 1 yildan 30 yilgacha boʻlishi kerak.</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>Line %1, position %2: %3 cannot stand in a machine readable zone, which has only A-Z, 0-9 and &lt;.</source>
        <translation>%1-satr, %2-belgi: %3 mashinada oʻqiladigan zonada boʻlishi mumkin emas, unda faqat A–Z lotin harflari, 0–9 raqamlari va &lt; belgisi boʻladi.</translation>
    </message>
    <message numerus="yes">
        <source>A machine readable zone has 2 lines (passport) or 3 lines (identity card), but %n line(s) were given.</source>
        <translation>
            <numerusform>Mashinada oʻqiladigan zona 2 satrdan (pasport) yoki 3 satrdan (identifikatsiya kartasi) iborat, lekin %n ta satr kiritildi.</numerusform>
            <numerusform>Mashinada oʻqiladigan zona 2 satrdan (pasport) yoki 3 satrdan (identifikatsiya kartasi) iborat, lekin %n ta satr kiritildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has %2 characters, but a line of a machine readable zone has 44 (passport, TD3), 36 (TD2) or 30 (identity card, TD1).</source>
        <translation>%1-satrda %2 ta belgi bor, lekin mashinada oʻqiladigan zona satri 44 (pasport, TD3), 36 (TD2) yoki 30 (identifikatsiya kartasi, TD1) belgidan iborat boʻladi.</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters, but line 1 has %3: all lines of a machine readable zone have the same length.</source>
        <translation>%1-satrda %2 ta belgi, 1-satrda esa %3 ta: mashinada oʻqiladigan zonaning barcha satrlari bir xil uzunlikda boʻladi.</translation>
    </message>
    <message>
        <source>A machine readable zone of 3 lines is an identity card (TD1) with 30 characters a line, but line 1 has %1.</source>
        <translation>3 satrli mashinada oʻqiladigan zona — bu har bir satrida 30 ta belgi boʻlgan identifikatsiya kartasi (TD1), lekin 1-satrda %1 ta belgi bor.</translation>
    </message>
    <message>
        <source>Lines of 30 characters are an identity card zone (TD1), which has 3 lines, but 2 were given.</source>
        <translation>30 belgili satrlar identifikatsiya kartasining zonasi (TD1) boʻlib, u 3 satrdan iborat, lekin 2 ta satr kiritildi.</translation>
    </message>
    <message>
        <source>Line %1, positions %2-%3: the %4 “%5” is not a date (YYMMDD).</source>
        <translation>%1-satr, %2–%3-belgilar: %4 «%5» sana emas (YYOOKK).</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>tugʻilgan sana</translation>
    </message>
    <message>
        <source>date of expiry</source>
        <translation>amal qilish muddati</translation>
    </message>
    <message>
        <source>Line %1, position %2: the sex is M, F, X or &lt;, not %3.</source>
        <translation>%1-satr, %2-belgi: jins M, F, X yoki &lt; bilan belgilanadi, %3 bilan emas.</translation>
    </message>
    <message>
        <source>No machine readable zone was given: it has 2 or 3 lines of A-Z, 0-9 and &lt;.</source>
        <translation>Mashinada oʻqiladigan zona kiritilmagan: u A–Z lotin harflari, 0–9 raqamlari va &lt; belgisidan iborat 2 yoki 3 satrdan tashkil topadi.</translation>
    </message>
    <message>
        <source>Line 1, position 1: “V” is a visa. Qaytish reads the zones of passports and identity cards (TD3, TD2, TD1), not of visas.</source>
        <translation>1-satr, 1-belgi: «V» — bu viza. Qaytish pasport va identifikatsiya kartalarining (TD3, TD2, TD1) zonalarini oʻqiydi, vizalarnikini emas.</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>hujjat raqami</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>shaxsiy raqam</translation>
    </message>
    <message>
        <source>composite (whole zone)</source>
        <translation>umumiy (butun zona boʻyicha)</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password is empty.</source>
        <translation>Parol boʻsh.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>Parol juda qisqa: kamida %1 ta belgi kerak.</translation>
    </message>
    <message>
        <source>The password must not be the user&apos;s name.</source>
        <translation>Parol foydalanuvchi nomi bilan bir xil boʻlmasligi kerak.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>Kriptografik kutubxonani ishga tushirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Parolni himoyalash uchun xotira yetarli emas.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 may not do this: it needs the %2 role.</source>
        <translation>%1 buni bajara olmaydi: «%2» roli kerak.</translation>
    </message>
    <message>
        <source>%1 may not do this: it needs one of the roles %2.</source>
        <translation>%1 buni bajara olmaydi: quyidagi rollardan biri kerak: %2.</translation>
    </message>
    <message>
        <source>This register has user accounts: sign in first.</source>
        <translation>Bu reestrda foydalanuvchi hisoblari bor: avval tizimga kiring.</translation>
    </message>
    <message>
        <source>The user %1 is not an account of this register: sign in again.</source>
        <translation>%1 foydalanuvchisining bu reestrda hisobi yoʻq: qaytadan kiring.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>%1 hisobi oʻchirib qoʻyilgan: maʼmurga murojaat qiling.</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>xodim</translation>
    </message>
    <message>
        <source>consul</source>
        <translation>konsul</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>maʼmur</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>taftishchi</translation>
    </message>
</context>
<context>
    <name>PersonLinks</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>%1 raqamli ish mavjud emas.</translation>
    </message>
    <message>
        <source>A person can only be linked with another person.</source>
        <translation>Shaxsni faqat boshqa shaxs bilan bogʻlash mumkin.</translation>
    </message>
</context>
<context>
    <name>PersonPhotoStore</name>
    <message>
        <source>The case is not in the register.</source>
        <translation>Ish reestrda yoʻq.</translation>
    </message>
    <message>
        <source>The photo is not a JPEG image.</source>
        <translation>Surat JPEG rasm emas.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 JPEG yoki PNG rasm emas.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 ni rasm sifatida oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>%1 fayli mavjud emas.</translation>
    </message>
    <message>
        <source>The photo is too small: the face area is %1 × %2 pixels; at least %3 × %4 are needed. Use a sharper photo or zoom out.</source>
        <translation>Surat juda kichik: yuz qismi %1 × %2 piksel, kamida %3 × %4 piksel kerak. Aniqroq suratdan foydalaning yoki masshtabni kichraytiring.</translation>
    </message>
    <message>
        <source>The crop lies outside the photo.</source>
        <translation>Kesib olinadigan qism surat chegarasidan tashqarida.</translation>
    </message>
    <message>
        <source>The photo cannot be encoded: %1</source>
        <translation>Suratni kodlab boʻlmadi: %1</translation>
    </message>
</context>
<context>
    <name>Pinfl</name>
    <message>
        <source>The PINFL may contain only digits, but character %1 is &quot;%2&quot;.</source>
        <translation>JSHSHIR faqat raqamlardan iborat boʻlishi kerak, lekin %1-belgi «%2».</translation>
    </message>
    <message numerus="yes">
        <source>A PINFL has 14 digits, but %n digit(s) were entered.</source>
        <translation>
            <numerusform>JSHSHIR 14 ta raqamdan iborat, lekin %n ta raqam kiritildi.</numerusform>
            <numerusform>JSHSHIR 14 ta raqamdan iborat, lekin %n ta raqam kiritildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first digit of a PINFL gives the century of birth and the sex and must be 1 to 6, but it is %1.</source>
        <translation>JSHSHIRning birinchi raqami tugʻilgan asr va jinsni bildiradi va 1 dan 6 gacha boʻlishi kerak, lekin u %1.</translation>
    </message>
    <message>
        <source>Digits 2 to 7 of a PINFL are the date of birth (DDMMYY), but %1 is not a real date (day %2, month %3, year %4).</source>
        <translation>JSHSHIRning 2–7-raqamlari tugʻilgan sanani bildiradi (KKOOYY), lekin %1 mavjud sana emas (kun %2, oy %3, yil %4).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer did not take the document.</source>
        <translation>Printer hujjatni qabul qilmadi.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The image is empty.</source>
        <translation>Rasm boʻsh.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Rasmda QR kod topilmadi.</translation>
    </message>
</context>
<context>
    <name>RegisterCheck</name>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>%1 reestri mavjud emas.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Qaytish register.</source>
        <translation>%1 — boʻsh fayl, Qaytish reestri emas.</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: %1</source>
        <translation>SQLite faylni oʻqiy olmaydi: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: check it with the newer version.</source>
        <translation>%1 Qaytishning yangiroq versiyasida yozilgan (reestr versiyasi %2; bu versiya %3 gacha oʻqiydi). Fayl oʻzgartirilmadi: uni yangiroq versiya bilan tekshiring.</translation>
    </message>
    <message>
        <source>SQLite finds: %1</source>
        <translation>SQLite aniqladi: %1</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 refers to a row of %3 that does not exist.</source>
        <translation>%2 jadvalining %1-qatori %3 jadvalining mavjud boʻlmagan qatoriga havola qiladi.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: %2 recorded, but the highest number is %3; numbers are missing.</source>
        <translation>%1 guvohnoma raqamlari: %2 ta yozilgan, ammo eng katta raqam %3; raqamlar yetishmaydi.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: the counter stands behind the highest number issued, %2.</source>
        <translation>%1 guvohnoma raqamlari: hisoblagich berilgan eng katta raqamdan (%2) orqada.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: numbers up to %2 were issued, but the register holds them only up to %3.</source>
        <translation>%1 guvohnoma raqamlari: %2 gacha raqamlar berilgan, ammo reestrda ular faqat %3 gacha bor.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: numbers up to %2 were issued, but the register holds none of them.</source>
        <translation>%1 guvohnoma raqamlari: %2 gacha raqamlar berilgan, ammo reestrda ularning birortasi ham yoʻq.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>names in both scripts, birth date and place</source>
        <translation>ikkala yozuvdagi ismlar, tugʻilgan sana va joy</translation>
    </message>
    <message>
        <source>PINFL, passport and host-country reference</source>
        <translation>JShShIR, pasport va qabul qiluvchi davlatdagi raqam</translation>
    </message>
    <message>
        <source>contacts abroad and at home, family group</source>
        <translation>chet eldagi va vatandagi aloqa maʼlumotlari, oila guruhi</translation>
    </message>
    <message>
        <source>notes, comments, operational needs, interview details, receivers at home</source>
        <translation>izohlar, sharhlar, amaliy ehtiyojlar, suhbat tafsilotlari, vatanda kutib oluvchilar</translation>
    </message>
    <message>
        <source>the photo, and the names and photo on certificates (their numbers, dates and statuses stay)</source>
        <translation>surat, shuningdek guvohnomalardagi ismlar va surat (ularning raqamlari, sanalari va holatlari qoladi)</translation>
    </message>
    <message>
        <source>the person&apos;s key to the audit trail: the values recorded there can no longer be read</source>
        <translation>shaxsning audit jurnali kaliti: u yerda yozilgan qiymatlarni endi oʻqib boʻlmaydi</translation>
    </message>
    <message numerus="yes">
        <source>The %n safety copies beside the register hold the data to be removed: they will be deleted and a new copy made.</source>
        <translation>
            <numerusform>Reestr yonidagi %n ta ehtiyot nusxada oʻchiriladigan maʼlumotlar bor: ular oʻchiriladi va yangi nusxa olinadi.</numerusform>
            <numerusform>Reestr yonidagi %n ta ehtiyot nusxada oʻchiriladigan maʼlumotlar bor: ular oʻchiriladi va yangi nusxa olinadi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before still hold it until they are destroyed.</source>
        <translation>Avval olingan zaxira nusxalarda bu maʼlumotlar ular yoʻq qilinmaguncha saqlanib qoladi.</translation>
    </message>
    <message numerus="yes">
        <source>%n safety copies made before were deleted.</source>
        <translation>
            <numerusform>Avval olingan %n ta ehtiyot nusxa oʻchirildi.</numerusform>
            <numerusform>Avval olingan %n ta ehtiyot nusxa oʻchirildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new safety copy was made: %1</source>
        <translation>Yangi ehtiyot nusxa olindi: %1</translation>
    </message>
    <message>
        <source>No new safety copy could be made: %1</source>
        <translation>Yangi ehtiyot nusxa olib boʻlmadi: %1</translation>
    </message>
    <message>
        <source>These safety copies could not be deleted and still hold the removed data; delete them by hand: %1</source>
        <translation>Bu ehtiyot nusxalarni oʻchirib boʻlmadi, ularda oʻchirilgan maʼlumotlar qolmoqda; ularni qoʻlda oʻchiring: %1</translation>
    </message>
    <message>
        <source>Backups made before still hold the removed data until they are destroyed.</source>
        <translation>Avval olingan zaxira nusxalarda oʻchirilgan maʼlumotlar ular yoʻq qilinmaguncha saqlanib qoladi.</translation>
    </message>
</context>
<context>
    <name>ReturnListRepository</name>
    <message>
        <source>Court stay of removal</source>
        <translation>Chiqarib yuborish sud tomonidan toʻxtatilgan</translation>
    </message>
    <message>
        <source>“Do not board” instruction</source>
        <translation>«Bortga chiqarilmasin» koʻrsatmasi</translation>
    </message>
    <message>
        <source>Unaccompanied minor without a confirmed receiver</source>
        <translation>Kuzatib boruvchisiz voyaga yetmagan, kutib oluvchi tasdiqlanmagan</translation>
    </message>
    <message>
        <source>Case closed or returned</source>
        <translation>Ish yopilgan yoki shaxs qaytgan</translation>
    </message>
    <message>
        <source>Family member not on this list</source>
        <translation>Oila aʼzosi bu roʻyxatda yoʻq</translation>
    </message>
    <message>
        <source>Minor without a guardian or escort on the list</source>
        <translation>Roʻyxatda vasiysi yoki kuzatib boruvchisi boʻlmagan voyaga yetmagan</translation>
    </message>
    <message>
        <source>Travel document expires too soon</source>
        <translation>Yoʻl hujjatining amal qilish muddati juda erta tugaydi</translation>
    </message>
    <message>
        <source>On another open list</source>
        <translation>Boshqa ochiq roʻyxatda</translation>
    </message>
    <message>
        <source>Capacity exceeded</source>
        <translation>Oʻrinlar sonidan oshib ketgan</translation>
    </message>
    <message>
        <source>Document not yet issued</source>
        <translation>Hujjat hali berilmagan</translation>
    </message>
    <message>
        <source>The flight number is missing.</source>
        <translation>Reys raqami koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>“%1” is not a flight number: the airline&apos;s code and the number, e.g. %2.</source>
        <translation>«%1» reys raqami emas: aviakompaniya kodi va raqamni koʻrsating, masalan %2.</translation>
    </message>
    <message>
        <source>The flight date is missing or not a date.</source>
        <translation>Reys sanasi koʻrsatilmagan yoki notoʻgʻri.</translation>
    </message>
    <message>
        <source>“%1” is not a time of departure: write hours and minutes, e.g. %2.</source>
        <translation>«%1» uchib ketish vaqti emas: soat va daqiqani yozing, masalan %2.</translation>
    </message>
    <message>
        <source>The airport of departure “%1” is not an IATA code of three letters, e.g. %2.</source>
        <translation>Uchib ketish aeroporti «%1» uch harfli IATA kodi emas (masalan, %2).</translation>
    </message>
    <message>
        <source>The airport of arrival “%1” is not an IATA code of three letters, e.g. %2.</source>
        <translation>Qoʻnish aeroporti «%1» uch harfli IATA kodi emas (masalan, %2).</translation>
    </message>
    <message>
        <source>The airports of departure and arrival are both %1.</source>
        <translation>Uchib ketish va qoʻnish aeroportlari bir xil: %1.</translation>
    </message>
    <message>
        <source>The capacity must be a number of seats from 0 (not set) upwards.</source>
        <translation>Oʻrinlar soni 0 (belgilanmagan) yoki undan katta butun son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>There is no return list %1 in the register.</source>
        <translation>Reestrda %1-son qaytish roʻyxati yoʻq.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a return list.</source>
        <translation>«%1» qaytish roʻyxatining raqami emas.</translation>
    </message>
    <message>
        <source>The list of flight %1 on %2 is final: reopen it (with the reason) before changing it.</source>
        <translation>%2 sanadagi %1 reysi roʻyxati tasdiqlangan: uni oʻzgartirishdan oldin (sababini koʻrsatib) qayta oching.</translation>
    </message>
    <message>
        <source>The list of flight %1 on %2 is completed and cannot change.</source>
        <translation>%2 sanadagi %1 reysi roʻyxati yakunlangan va uni oʻzgartirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>The escort&apos;s name is missing.</source>
        <translation>Kuzatib boruvchining ismi koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>There is no such escort on the list.</source>
        <translation>Roʻyxatda bunday kuzatib boruvchi yoʻq.</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: only an open case may join a return list.</source>
        <translation>%1 ishning holati «%2»: qaytish roʻyxatiga faqat ochiq ishni kiritish mumkin.</translation>
    </message>
    <message>
        <source>Case %1 is already on the list.</source>
        <translation>%1 ish allaqachon roʻyxatda.</translation>
    </message>
    <message>
        <source>Case %1 was taken off the list at once: %2</source>
        <translation>%1 ish darhol roʻyxatdan chiqarildi: %2</translation>
    </message>
    <message>
        <source>The case is not on the list.</source>
        <translation>Bu ish roʻyxatda yoʻq.</translation>
    </message>
    <message>
        <source>Give the reason for taking the person off the list.</source>
        <translation>Shaxsni roʻyxatdan chiqarish sababini koʻrsating.</translation>
    </message>
    <message>
        <source>%1: the case is “%2”.</source>
        <translation>%1: ishning holati «%2».</translation>
    </message>
    <message>
        <source>%1: a court stayed the removal.</source>
        <translation>%1: chiqarib yuborish sud tomonidan toʻxtatilgan.</translation>
    </message>
    <message>
        <source>%1: a court stayed the removal (%2).</source>
        <translation>%1: chiqarib yuborish sud tomonidan toʻxtatilgan (%2).</translation>
    </message>
    <message>
        <source>%1: a “do not board” instruction is recorded.</source>
        <translation>%1: «bortga chiqarilmasin» koʻrsatmasi qayd etilgan.</translation>
    </message>
    <message>
        <source>%1: a “do not board” instruction is recorded (%2).</source>
        <translation>%1: «bortga chiqarilmasin» koʻrsatmasi qayd etilgan (%2).</translation>
    </message>
    <message>
        <source>%1: an unaccompanied minor, and no parent or guardianship authority has confirmed that they receive the child.</source>
        <translation>%1: kuzatib boruvchisiz voyaga yetmagan; bolani kutib olishini ota-onasi ham, vasiylik va homiylik organi ham tasdiqlamagan.</translation>
    </message>
    <message>
        <source>%1: a minor with neither a guardian nor an escort on the list.</source>
        <translation>%1: voyaga yetmagan, roʻyxatda vasiysi ham, kuzatib boruvchisi ham yoʻq.</translation>
    </message>
    <message>
        <source>%1 is not on this list</source>
        <translation>%1 bu roʻyxatda yoʻq</translation>
    </message>
    <message>
        <source>%1 is on the list of flight %2 on %3</source>
        <translation>%1 %3 sanadagi %2 reysi roʻyxatida</translation>
    </message>
    <message>
        <source>%1: family “%2”: %3.</source>
        <translation>%1: «%2» oilasi: %3.</translation>
    </message>
    <message>
        <source>%1: neither a valid Certificate of Return nor a passport is recorded.</source>
        <translation>%1: amaldagi Oʻzbekiston Respublikasiga qaytish uchun guvohnoma ham, pasport ham kiritilmagan.</translation>
    </message>
    <message>
        <source>%1: the Certificate of Return %2 is valid until %3, less than %4 days after the flight.</source>
        <translation>%1: %2-son Oʻzbekiston Respublikasiga qaytish uchun guvohnoma %3 gacha amal qiladi, bu reysdan keyin %4 kundan kam.</translation>
    </message>
    <message>
        <source>%1: the passport %2 is valid until %3, less than %4 days after the flight.</source>
        <translation>%1: %2 raqamli pasport %3 gacha amal qiladi, bu reysdan keyin %4 kundan kam.</translation>
    </message>
    <message>
        <source>flight %1 on %2 (list %3)</source>
        <translation>%2 sanadagi %1 reysi (%3-son roʻyxat)</translation>
    </message>
    <message>
        <source>%1 is also on the open list of %2.</source>
        <translation>%1 boshqa ochiq roʻyxatda ham bor: %2.</translation>
    </message>
    <message>
        <source>%1: the case is “%2”, not yet “%3”.</source>
        <translation>%1: ishning holati «%2», hali «%3» emas.</translation>
    </message>
    <message>
        <source>%1 passengers and %2 escorts need %3 seats; the capacity is %4.</source>
        <translation>%1 nafar yoʻlovchi va %2 nafar kuzatib boruvchi uchun %3 ta oʻrin kerak; oʻrinlar soni: %4.</translation>
    </message>
    <message>
        <source>“%1” is a hard stop: no reason overrides it, and the person is taken off the list.</source>
        <translation>«%1» — qatʼiy toʻsiq: uni hech qanday sabab bilan chetlab oʻtib boʻlmaydi, shaxs roʻyxatdan chiqariladi.</translation>
    </message>
    <message>
        <source>“%1” is not a warning of a return list. Warnings: %2.</source>
        <translation>«%1» qaytish roʻyxatining ogohlantirishi emas. Ogohlantirishlar: %2.</translation>
    </message>
    <message>
        <source>Give the reason for overriding the warning.</source>
        <translation>Ogohlantirishni chetlab oʻtish sababini koʻrsating.</translation>
    </message>
    <message>
        <source>The list has no warning “%1” to override for this case.</source>
        <translation>Roʻyxatda bu ish boʻyicha chetlab oʻtiladigan «%1» ogohlantirishi yoʻq.</translation>
    </message>
    <message>
        <source>The list has no passengers: there is nothing to finalise.</source>
        <translation>Roʻyxatda yoʻlovchilar yoʻq: tasdiqlanadigan narsa yoʻq.</translation>
    </message>
    <message>
        <source>Return list of flight %1 on %2 finalised.</source>
        <translation>%2 sanadagi %1 reysining qaytish roʻyxati tasdiqlandi.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the list.</source>
        <translation>Roʻyxatni qayta ochish sababini koʻrsating.</translation>
    </message>
    <message>
        <source>Only a final list can be reopened.</source>
        <translation>Faqat tasdiqlangan roʻyxatni qayta ochish mumkin.</translation>
    </message>
    <message>
        <source>Boarding has been recorded for this list: it can no longer be reopened.</source>
        <translation>Bu roʻyxat boʻyicha bortga chiqish qayd etilgan: uni endi qayta ochib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Give the reason why the person did not board.</source>
        <translation>Shaxs bortga chiqmaganligi sababini koʻrsating.</translation>
    </message>
    <message>
        <source>Boarding is recorded on a final list, after the flight.</source>
        <translation>Bortga chiqish tasdiqlangan roʻyxatda, reysdan keyin qayd etiladi.</translation>
    </message>
    <message>
        <source>The flight is on %1: boarding is recorded after it.</source>
        <translation>Reys sanasi — %1: bortga chiqish reysdan keyin qayd etiladi.</translation>
    </message>
    <message>
        <source>Boarding of %1 is already recorded.</source>
        <translation>%1 ning bortga chiqishi allaqachon qayd etilgan.</translation>
    </message>
    <message>
        <source>Boarded flight %1 on %2.</source>
        <translation>%2 sanadagi %1 reysi bortiga chiqdi.</translation>
    </message>
    <message>
        <source>Did not board flight %1 on %2: %3</source>
        <translation>%2 sanadagi %1 reysi bortiga chiqmadi: %3</translation>
    </message>
    <message>
        <source>Only a final list can be completed.</source>
        <translation>Faqat tasdiqlangan roʻyxatni yakunlash mumkin.</translation>
    </message>
    <message numerus="yes">
        <source>Record for every passenger whether they boarded: %n not yet.</source>
        <translation>
            <numerusform>Har bir yoʻlovchi bortga chiqqan-chiqmaganini qayd eting: hali %n nafar yoʻlovchi qayd etilmagan.</numerusform>
            <numerusform>Har bir yoʻlovchi bortga chiqqan-chiqmaganini qayd eting: hali %n nafar yoʻlovchi qayd etilmagan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1: the person objects to consular action, so no receiver at home is recorded or contacted.</source>
        <translation>%1-ish: shaxs konsullik harakatlariga eʼtiroz bildirgan, shuning uchun vatanda kutib oluvchi yozilmaydi va u bilan bogʻlanilmaydi.</translation>
    </message>
    <message>
        <source>Case %1: the person has not consented to contacting relatives, so no receiver&apos;s contact is recorded.</source>
        <translation>%1-ish: shaxs qarindoshlar bilan bogʻlanishga rozilik bermagan, shuning uchun kutib oluvchining aloqa maʼlumoti yozilmaydi.</translation>
    </message>
</context>
<context>
    <name>SafetyCopies</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 faylini oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 faylini yozib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>The folder %1 for safety copies cannot be made.</source>
        <translation>Ehtiyot nusxalar uchun %1 jildini yaratib boʻlmadi.</translation>
    </message>
    <message>
        <source>No safety copy of %1 could be made in %2: %3</source>
        <translation>%1 ning ehtiyot nusxasini %2 da yaratib boʻlmadi: %3</translation>
    </message>
    <message>
        <source>%1 is left from the register before the restore and cannot be removed; remove it before opening the register.</source>
        <translation>%1 tiklashdan oldingi reestrdan qolgan va uni oʻchirib boʻlmadi; reestrni ochishdan oldin uni oʻchiring.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); the register was left as it was.</source>
        <translation>%1 shikastlangan (%2); reestr avvalgidek qoldirildi.</translation>
    </message>
    <message>
        <source>The register %1 is open in another program (another Qaytish window, or the command-line program): close it there first. The register was left as it was.</source>
        <translation>%1 reestri boshqa dasturda ochiq (Qaytishning boshqa oynasida yoki buyruqlar qatori dasturida): avval uni oʻsha yerda yoping. Reestr avvalgidek qoldirildi.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The cryptographic library could not be started.</source>
        <translation>Kriptografik kutubxonani ishga tushirib boʻlmadi.</translation>
    </message>
    <message>
        <source>The mission&apos;s signing key is missing.</source>
        <translation>Muassasaning imzo kaliti yoʻq.</translation>
    </message>
    <message>
        <source>The mission&apos;s signing key %1 is damaged.</source>
        <translation>Muassasaning %1 imzo kaliti shikastlangan.</translation>
    </message>
    <message>
        <source>This is not the QR code of a certificate of return (version %1).</source>
        <translation>Bu Oʻzbekiston Respublikasiga qaytish uchun guvohnomaning QR kodi emas (%1-versiya).</translation>
    </message>
    <message>
        <source>The QR code has been altered: its dates or signature cannot be read.</source>
        <translation>QR kod oʻzgartirilgan: undagi sanalar yoki imzoni oʻqib boʻlmaydi.</translation>
    </message>
    <message>
        <source>The QR code was signed with the key %1, which is not a key of this mission.</source>
        <translation>QR kod ushbu muassasaga tegishli boʻlmagan %1 kaliti bilan imzolangan.</translation>
    </message>
    <message>
        <source>The signature does not match: the QR code is forged or altered.</source>
        <translation>Imzo mos kelmaydi: QR kod soxtalashtirilgan yoki oʻzgartirilgan.</translation>
    </message>
    <message>
        <source>Genuine: certificate %1 for %2 %3, born %4, valid until %5 (key %6).</source>
        <translation>Haqiqiy: %2 %3 nomidagi %1-son guvohnoma, tugʻilgan sana %4, %5 gacha amal qiladi (kalit %6).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ga yozib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ni oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not a public key of a mission.</source>
        <translation>%1, %2-qator: bu muassasaning ochiq kaliti emas.</translation>
    </message>
    <message>
        <source>%1 holds no public key of a mission.</source>
        <translation>%1 da muassasaning ochiq kaliti yoʻq.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Qaytish: the register of return cases for consular officers.</source>
        <translation>Qaytish: konsullik mansabdor shaxslari uchun qaytish ishlari reestri.</translation>
    </message>
    <message>
        <source>Open this register instead of the last one.</source>
        <translation>Oxirgi reestr oʻrniga shu reestrni ochish.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>yoʻl</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Unknown language %1: use one of %2.</source>
        <translation>Nomaʼlum til: %1. Quyidagilardan birini koʻrsating: %2.</translation>
    </message>
    <message>
        <source>The interface language, one of %1 (remembered).</source>
        <translation>Interfeys tili, quyidagilardan biri: %1 (eslab qolinadi).</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>There is no case %1.</source>
        <translation>%1 ishi yoʻq.</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2 (a report to read) or %3 (the data for another system).</source>
        <translation>%1: fayl nomi %2 (oʻqish uchun hisobot) yoki %3 (boshqa tizim uchun maʼlumotlar) bilan tugashi kerak.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 faylini yozib boʻlmadi: %2</translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <source>Export everything about this &amp;person…</source>
        <translation>Bu &amp;shaxs haqidagi hamma maʼlumotni eksport qilish…</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Bu shaxs haqidagi hamma maʼlumotni eksport qilish</translation>
    </message>
    <message>
        <source>Everything the register holds about the person of case %1 was written to %2. The export is recorded in the audit trail.</source>
        <translation>Reestrda %1 ishi boʻyicha shaxs haqida saqlanayotgan barcha maʼlumotlar %2 fayliga yozildi. Eksport audit jurnalida qayd etildi.</translation>
    </message>
    <message>
        <source>PDF report (%1)</source>
        <translation>PDF hisobot (%1)</translation>
    </message>
    <message>
        <source>JSON data (%1)</source>
        <translation>JSON maʼlumotlari (%1)</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user name is empty.</source>
        <translation>Foydalanuvchi nomi boʻsh.</translation>
    </message>
    <message>
        <source>The user name “%1” may hold letters, digits, dots, dashes and underscores only, at most 64 of them.</source>
        <translation>«%1» foydalanuvchi nomida faqat harflar, raqamlar, nuqta, chiziqcha va pastki chiziq boʻlishi mumkin, koʻpi bilan 64 ta.</translation>
    </message>
    <message>
        <source>The register has user accounts: it cannot be left without them.</source>
        <translation>Reestrda foydalanuvchi hisoblari bor: uni ularsiz qoldirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>There is no user %1 in this register.</source>
        <translation>Bu reestrda %1 foydalanuvchisi yoʻq.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Foydalanuvchiga kamida bitta rol kerak.</translation>
    </message>
    <message>
        <source>The first user of a register must be an administrator.</source>
        <translation>Reestrning birinchi foydalanuvchisi maʼmur boʻlishi kerak.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>%1 foydalanuvchisi allaqachon bor.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Foydalanuvchi nomi yoki parol notoʻgʻri.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for %1: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>%1 uchun muvaffaqiyatsiz urinishlar juda koʻp: keyingisidan oldin %n soniya kuting.</numerusform>
            <numerusform>%1 uchun muvaffaqiyatsiz urinishlar juda koʻp: keyingisidan oldin %n soniya kuting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Keyingi urinishdan oldin %n soniya kuting.</numerusform>
            <numerusform>Keyingi urinishdan oldin %n soniya kuting.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>%1 hisobi oʻchirib qoʻyilgan: maʼmurga murojaat qiling.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Parolni almashtirish uchun avval tizimga kiring.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Joriy parol notoʻgʻri.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Yangi parol joriy paroldan farq qilishi kerak.</translation>
    </message>
    <message>
        <source>%1 is the only administrator left: add another administrator before disabling this account.</source>
        <translation>%1 — qolgan yagona maʼmur: bu hisobni oʻchirib qoʻyishdan oldin boshqa maʼmur qoʻshing.</translation>
    </message>
    <message>
        <source>%1 is the only administrator left: add another administrator before taking the role away.</source>
        <translation>%1 — qolgan yagona maʼmur: bu rolni olib qoʻyishdan oldin boshqa maʼmur qoʻshing.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The case is already in the status “%1”.</source>
        <translation>Ish allaqachon «%1» holatida.</translation>
    </message>
    <message>
        <source>A case in the status “%1” cannot change its status.</source>
        <translation>«%1» holatidagi ishning holatini oʻzgartirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>A case cannot go from “%1” to “%2”. Possible next steps: %3.</source>
        <translation>Ish «%1» holatidan «%2» holatiga oʻta olmaydi. Mumkin boʻlgan keyingi qadamlar: %3.</translation>
    </message>
    <message>
        <source>Identity can be confirmed only with a recorded reply from the authorities at home that confirms it. Record the reply to the identity request first.</source>
        <translation>Shaxs faqat Oʻzbekiston vakolatli organlarining uni tasdiqlovchi, kiritilgan javobi asosida tasdiqlanishi mumkin. Avval shaxsni tasdiqlash soʻroviga javobni kiriting.</translation>
    </message>
    <message>
        <source>Give the reason for closing the case.</source>
        <translation>Ishni yopish sababini koʻrsating.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case.</source>
        <translation>Ishni qayta ochish sababini koʻrsating.</translation>
    </message>
    <message>
        <source>Give the reason why the person did not travel.</source>
        <translation>Shaxs safarga chiqmaganligi sababini koʻrsating.</translation>
    </message>
    <message>
        <source>A case moves to “%1” with a travel document: issue a Certificate of Return, or record a passport that is still valid.</source>
        <translation>Ish «%1» holatiga faqat yoʻl hujjati bilan oʻtadi: Oʻzbekiston Respublikasiga qaytish uchun guvohnoma bering yoki amal qilish muddati tugamagan pasportni kiriting.</translation>
    </message>
    <message>
        <source>A case goes on a return list only when a return list with it is finalised.</source>
        <translation>Ish qaytish roʻyxatiga faqat u kiritilgan qaytish roʻyxati tasdiqlangandan keyin tushadi.</translation>
    </message>
    <message>
        <source>The case is “%1”, not “%2”: it goes on the return list only when a consul overrides this warning with a reason.</source>
        <translation>Ishning holati «%2» emas, «%1»: u qaytish roʻyxatiga faqat konsul ushbu ogohlantirishni sabab koʻrsatib chetlab oʻtgandagina kiritiladi.</translation>
    </message>
</context>
<context>
    <name>qaytish::AccountDialog</name>
    <message>
        <source>Administrator of the register</source>
        <translation>Reestr maʼmuri</translation>
    </message>
    <message>
        <source>This register gets user accounts. Create its first user, the administrator, who holds every role and adds the other users. The password needs at least %1 characters.</source>
        <translation>Bu reestrda foydalanuvchi hisoblari boʻladi. Uning birinchi foydalanuvchisini — barcha rollarga ega va boshqa foydalanuvchilarni qoʻshadigan maʼmurni yarating. Parol kamida %1 ta belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>This register was made by an earlier version of Qaytish, without user accounts. Create its administrator now, who holds every role and adds the other users; from then on everyone signs in. The password needs at least %1 characters. Cancel opens the register unprotected this time and asks again at the next start.</source>
        <translation>Bu reestr Qaytishning oldingi versiyasida, foydalanuvchi hisoblarisiz yaratilgan. Hozir uning barcha rollarga ega va boshqa foydalanuvchilarni qoʻshadigan maʼmurini yarating; shundan keyin hamma tizimga oʻz nomi bilan kiradi. Parol kamida %1 ta belgidan iborat boʻlishi kerak. «Bekor qilish» reestrni bu safar himoyasiz ochadi va keyingi ishga tushirishda yana soʻraydi.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Foydalanuvchi qoʻshish</translation>
    </message>
    <message>
        <source>A new user of this register. The password needs at least %1 characters; give it to the user in person.</source>
        <translation>Bu reestrning yangi foydalanuvchisi. Parol kamida %1 ta belgidan iborat boʻlishi kerak; uni foydalanuvchiga shaxsan bering.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Parolni almashtirish</translation>
    </message>
    <message>
        <source>A new password for %1: at least %2 characters.</source>
        <translation>%1 uchun yangi parol: kamida %2 ta belgi.</translation>
    </message>
    <message>
        <source>An administrator reset the password of %1: choose a new one, at least %2 characters.</source>
        <translation>Maʼmur %1 parolini tikladi: kamida %2 ta belgidan iborat yangisini tanlang.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Parolni tiklash</translation>
    </message>
    <message>
        <source>A new password for %1, who must change it at the next sign-in: at least %2 characters.</source>
        <translation>%1 uchun yangi parol, uni keyingi kirishda almashtirish kerak: kamida %2 ta belgi.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Foydalanuvchi nomi:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Toʻliq ismi:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollar:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Joriy parol:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Yangi parol:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Parolni takrorlang:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Xoʻp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Ikki parol bir xil emas.</translation>
    </message>
</context>
<context>
    <name>qaytish::AuditLogWindow</name>
    <message>
        <source>(hidden)</source>
        <translation>(yashirilgan)</translation>
    </message>
    <message>
        <source>(erased by anonymisation)</source>
        <translation>(anonimlashtirishda oʻchirilgan)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit jurnali</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Hamma</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Barcha harakatlar</translation>
    </message>
    <message>
        <source>A case reference, e.g. %1</source>
        <translation>Ish raqami, masalan %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Foydalanuvchi:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Harakat:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Ish:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Kunlar:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Qachon (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Foydalanuvchi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Harakat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Qiymatlar</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Yana koʻrsatish</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Zanjirni tekshirish</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV ga &amp;eksport…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Type the days as 30.04.2026.</source>
        <translation>Kunlarni shunday kiriting: 30.04.2026.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>%1-ish yoʻq.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown.</source>
        <translation>
            <numerusform>Eng yangi %n ta yozuv koʻrsatilgan.</numerusform>
            <numerusform>Eng yangi %n ta yozuv koʻrsatilgan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n ta yozuv.</numerusform>
            <numerusform>%n ta yozuv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries, each following the one before it.</source>
        <translation>
            <numerusform>Audit jurnali butun: %n ta yozuv, har biri oldingisidan keyin keladi.</numerusform>
            <numerusform>Audit jurnali butun: %n ta yozuv, har biri oldingisidan keyin keladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with outside Qaytish.</source>
        <translation>Audit jurnaliga Qaytishdan tashqarida aralashilgan.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit jurnalini eksport qilish</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n ta yozuv %1 ga eksport qilindi.</numerusform>
            <numerusform>%n ta yozuv %1 ga eksport qilindi.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV fayllar (%1)</translation>
    </message>
</context>
<context>
    <name>qaytish::BackupDialog</name>
    <message>
        <source>Back up the register</source>
        <translation>Reestrning zaxira nusxasi</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole register %1 to keep away from this computer, for instance on a USB stick in the safe. Sealed with a passphrase, it reveals nothing to whoever finds it; the passphrase cannot be recovered.</source>
        <translation>Zaxira nusxa — bu butun %1 reestrining ushbu kompyuterdan tashqarida, masalan, seyfdagi fleshkada saqlanadigan nusxasi. Parol iborasi bilan shifrlangan nusxa uni topib olgan kishiga hech narsani oshkor qilmaydi; parol iborasini tiklab boʻlmaydi.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Tanlash…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fayl:</translation>
    </message>
    <message>
        <source>&amp;Seal with a passphrase</source>
        <translation>Parol iborasi bilan &amp;shifrlash</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parol iborasi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Takrorlang:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Sealed backups (*%1)</source>
        <translation>Shifrlangan zaxira nusxalar (*%1)</translation>
    </message>
    <message>
        <source>Registers (*%1)</source>
        <translation>Reestrlar (*%1)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Zaxira nusxani saqlash joyi</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Choose the file for the backup.</source>
        <translation>Zaxira nusxa uchun faylni tanlang.</translation>
    </message>
    <message>
        <source>Type the passphrase again below.</source>
        <translation>Parol iborasini pastda yana bir bor kiriting.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Ikki parol iborasi bir-biriga mos emas.</translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>Parol iborasini zaxira nusxadan alohida saqlang: usiz zaxira nusxani tiklab boʻlmaydi.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who has the file can read every case in it.</source>
        <translation>Shifrlanmagan: faylga ega boʻlgan har kim undagi barcha ishlarni oʻqiy oladi.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name inside it.</source>
        <translation>%1 — bu jild: zaxira nusxa uchun uning ichida fayl nomini koʻrsating.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 allaqachon mavjud. Uni yangi zaxira nusxa bilan almashtirasizmi?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Almashtirish</translation>
    </message>
</context>
<context>
    <name>qaytish::CaseEditor</name>
    <message>
        <source>Person</source>
        <translation>Shaxsiy maʼlumotlar</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigratsiya</translation>
    </message>
    <message>
        <source>Needs, consent, notes</source>
        <translation>Ehtiyojlar, rozilik, izohlar</translation>
    </message>
    <message>
        <source>Requests and replies</source>
        <translation>Soʻrovlar va javoblar</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Suhbatlar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>F.I.Sh.</translation>
    </message>
    <message>
        <source>Birth and identity</source>
        <translation>Tugʻilish va shaxsni tasdiqlovchi maʼlumotlar</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasport</translation>
    </message>
    <message>
        <source>Contacts and family</source>
        <translation>Aloqa va oila</translation>
    </message>
    <message>
        <source>Stay in the host country</source>
        <translation>Qabul qiluvchi davlatda boʻlish</translation>
    </message>
    <message>
        <source>Request of the host country&apos;s authority</source>
        <translation>Qabul qiluvchi davlat organining soʻrovi</translation>
    </message>
    <message>
        <source>Operational needs</source>
        <translation>Safar ehtiyojlari</translation>
    </message>
    <message>
        <source>Consent and representation</source>
        <translation>Rozilik va vakillik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <source>Latin script</source>
        <translation>Lotin yozuvi</translation>
    </message>
    <message>
        <source>C&amp;yrillic script</source>
        <translation>&amp;Kirill yozuvi</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Familiya:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Ism:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Otasining ismi:</translation>
    </message>
    <message>
        <source>Surname in Cyrillic script</source>
        <translation>Kirill yozuvidagi familiya</translation>
    </message>
    <message>
        <source>Given names in Cyrillic script</source>
        <translation>Kirill yozuvidagi ism</translation>
    </message>
    <message>
        <source>Patronymic in Cyrillic script</source>
        <translation>Kirill yozuvidagi otasining ismi</translation>
    </message>
    <message>
        <source>Type &apos; after o or g for oʻ and gʻ; elsewhere it becomes ʼ.</source>
        <translation>oʻ va gʻ uchun o yoki g dan keyin apostrof tugmasini bosing; boshqa oʻrinlarda apostrof ʼ (tutuq belgisi) boʻladi.</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Jinsi:</translation>
    </message>
    <message>
        <source>male</source>
        <translation>erkak</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ayol</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Tugʻilgan sana:</translation>
    </message>
    <message>
        <source>Place of birt&amp;h:</source>
        <translation>Tugʻilgan jo&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>Fu&amp;qaroligi:</translation>
    </message>
    <message>
        <source>Three-letter ICAO code, as in the passport: UZB for Uzbekistan.</source>
        <translation>Pasportdagidek uch harfli ICAO kodi: Oʻzbekiston uchun UZB.</translation>
    </message>
    <message>
        <source>P&amp;INFL:</source>
        <translation>JSHSHI&amp;R:</translation>
    </message>
    <message>
        <source>Personal identification number (JShShIR): 14 digits.</source>
        <translation>Jismoniy shaxsning shaxsiy identifikatsiya raqami (JSHSHIR): 14 ta raqam.</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>&amp;Pasport raqami:</translation>
    </message>
    <message>
        <source>Date of iss&amp;ue:</source>
        <translation>&amp;Berilgan sana:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Amal qilish muddati:</translation>
    </message>
    <message>
        <source>Contact &amp;abroad:</source>
        <translation>&amp;Xorijdagi aloqa:</translation>
    </message>
    <message>
        <source>Address or telephone in the host country</source>
        <translation>Qabul qiluvchi davlatdagi manzil yoki telefon</translation>
    </message>
    <message>
        <source>Contact at h&amp;ome:</source>
        <translation>&amp;Vatandagi aloqa:</translation>
    </message>
    <message>
        <source>Relative, address or telephone in Uzbekistan</source>
        <translation>Oʻzbekistondagi qarindosh, manzil yoki telefon</translation>
    </message>
    <message>
        <source>&amp;Family group:</source>
        <translation>Oila &amp;guruhi:</translation>
    </message>
    <message>
        <source>The same label for all members of a family</source>
        <translation>Oilaning barcha aʼzolari uchun bir xil belgi</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>&amp;A-raqam:</translation>
    </message>
    <message>
        <source>A-123-456-789</source>
        <translation>masalan, A-123-456-789</translation>
    </message>
    <message>
        <source>The US Alien Registration Number: A and 7 to 9 digits.</source>
        <translation>AQShda chet el fuqarosining roʻyxatga olish raqami: A harfi va 7–9 ta raqam.</translation>
    </message>
    <message>
        <source>&amp;Visa class:</source>
        <translation>&amp;Viza turi:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>&amp;Kirgan sana:</translation>
    </message>
    <message>
        <source>Authorised stay &amp;until:</source>
        <translation>&amp;Ruxsat etilgan muddat:</translation>
    </message>
    <message>
        <source>The admit-until date of the I-94 record.</source>
        <translation>I-94 yozuvidagi ruxsat etilgan muddatning tugash sanasi.</translation>
    </message>
    <message>
        <source>&amp;D/S: duration of status, no fixed date</source>
        <translation>&amp;D/S: maqom amal qilish muddati davomida, aniq sanasiz</translation>
    </message>
    <message>
        <source>&amp;Custody:</source>
        <translation>&amp;Ushlab turish:</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>&amp;Saqlash joyi:</translation>
    </message>
    <message>
        <source>Detention facility, when in immigration detention</source>
        <translation>Ushlab turilgan boʻlsa, saqlash joyi</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Soʻrov ra&amp;qami:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Xodim:</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>&amp;Olingan sana:</translation>
    </message>
    <message>
        <source>Order da&amp;te:</source>
        <translation>Qaror sa&amp;nasi:</translation>
    </message>
    <message>
        <source>Order t&amp;ype:</source>
        <translation>Qaror &amp;turi:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Koʻrsatilmagan</translation>
    </message>
    <message>
        <source>Only what the journey must provide is recorded here: operational needs, never a diagnosis.</source>
        <translation>Bu yerda faqat safarda taʼminlanishi kerak boʻlgan narsalar qayd etiladi: ehtiyojlar, hech qachon tashxis emas.</translation>
    </message>
    <message>
        <source>Consents to &amp;contacting relatives</source>
        <translation>&amp;Qarindoshlar bilan bogʻlanishga rozi</translation>
    </message>
    <message>
        <source>Consents to sharing the case with a &amp;lawyer</source>
        <translation>Ish maʼlumotlarini &amp;advokatga berishga rozi</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>Huquqiy &amp;vakil:</translation>
    </message>
    <message>
        <source>&amp;Wish about return:</source>
        <translation>Qaytish &amp;istagi:</translation>
    </message>
    <message>
        <source>Assigned o&amp;fficer:</source>
        <translation>&amp;Masʼul mansabdor shaxs:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Izo&amp;hlar:</translation>
    </message>
    <message>
        <source>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses. This register belongs to the consulate of the person&apos;s state of origin.</source>
        <translation>Boshpana yoki himoya soʻrab qilingan murojaatni va uning asoslarini, siyosiy yoki diniy qarashlarni, jinsiy orientatsiya yoki gender identifikatsiyasini, tibbiy tashxislarni yozmang. Bu reestrni shaxs kelib chiqqan davlatning konsulligi yuritadi.</translation>
    </message>
    <message>
        <source>Identity requests sent to the authorities at home and their replies. Identity is confirmed only by a recorded reply.</source>
        <translation>Oʻzbekiston vakolatli organlariga yuborilgan shaxsni tasdiqlash soʻrovlari va ularga javoblar. Shaxs faqat kiritilgan javob asosida tasdiqlanadi.</translation>
    </message>
    <message>
        <source>Outgoing no.</source>
        <translation>Chiquvchi raqam</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Yuborilgan sana</translation>
    </message>
    <message>
        <source>Reply no.</source>
        <translation>Javob raqami</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>Javob sanasi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Log identity request…</source>
        <translation>Soʻrovni qayd etish…</translation>
    </message>
    <message>
        <source>Record reply…</source>
        <translation>Javobni kiritish…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tarjimon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Mansabdor shaxs</translation>
    </message>
    <message>
        <source>Stated wishes</source>
        <translation>Bildirilgan istaklar</translation>
    </message>
    <message>
        <source>Add interview…</source>
        <translation>Suhbat qoʻshish…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avvalgi holat</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Yangi holat</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Holatni oʻzgartirish…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Save and start next</source>
        <translation>Saqlash va keyingisini boshlash</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ish %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Holat: %1</translation>
    </message>
    <message>
        <source>Case %1 — %2[*]</source>
        <translation>Ish %1 — %2[*]</translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation>Ish mavjud emas</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Yangi ish</translation>
    </message>
    <message>
        <source>Not saved yet: requests, interviews and the status can be recorded after the first save.</source>
        <translation>Hali saqlanmagan: soʻrovlar, suhbatlar va holatni birinchi saqlashdan keyin kiritish mumkin.</translation>
    </message>
    <message>
        <source>New case[*]</source>
        <translation>Yangi ish[*]</translation>
    </message>
    <message>
        <source>A case in this status cannot change its status.</source>
        <translation>Bu holatdagi ishning holatini oʻzgartirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Admitted for duration of status: there is no fixed date, so no overstay is counted.</source>
        <translation>Kirishga maqom amal qilish muddatiga ruxsat berilgan (D/S): aniq sana yoʻq, shuning uchun muddatdan ortiq qolish hisoblanmaydi.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the authorised stay ended. Information only: no legal conclusion is drawn from it.</source>
        <translation>
            <numerusform>Ruxsat etilgan muddat tugaganidan beri %n kun oʻtdi. Faqat maʼlumot uchun: bundan huquqiy xulosa chiqarilmaydi.</numerusform>
            <numerusform>Ruxsat etilgan muddat tugaganidan beri %n kun oʻtdi. Faqat maʼlumot uchun: bundan huquqiy xulosa chiqarilmaydi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorised stay has not ended.</source>
        <translation>Ruxsat etilgan muddat tugamagan.</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>Ogohlantirishlar bilan saqlansinmi?</translation>
    </message>
    <message>
        <source>Please check before saving:</source>
        <translation>Saqlashdan oldin tekshiring:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Baribir saqlash</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Ortga qaytib tekshirish</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>Ish saqlanmadi</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <source>Case %1 has changes that are not saved.</source>
        <translation>%1 raqamli ishda saqlanmagan oʻzgarishlar bor.</translation>
    </message>
    <message>
        <source>The new case has not been saved.</source>
        <translation>Yangi ish saqlanmagan.</translation>
    </message>
    <message>
        <source>Save the changes, discard them, or go back to the form?</source>
        <translation>Oʻzgarishlar saqlansinmi, bekor qilinsinmi yoki shaklga qaytasizmi?</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>Javob kutilmoqda</translation>
    </message>
    <message>
        <source>A spelling made from the other script. Press %1 in the field, or click the suggestion, to use it; correct it if needed.</source>
        <translation>Boshqa yozuvdan hosil qilingan imlo. Undan foydalanish uchun maydonda %1 tugmalarini bosing yoki taklifni bosing; kerak boʻlsa, tuzating.</translation>
    </message>
    <message>
        <source>Save and keep editing (%1)</source>
        <translation>Saqlash va tahrirlashni davom ettirish (%1)</translation>
    </message>
    <message>
        <source>Save, then start the next new case (%1)</source>
        <translation>Saqlash, soʻng keyingi yangi ishni boshlash (%1)</translation>
    </message>
    <message>
        <source>Close the case (%1)</source>
        <translation>Ish oynasini yopish (%1)</translation>
    </message>
    <message>
        <source>Suggestion: &lt;a href=&quot;use&quot;&gt;%1&lt;/a&gt; (%2 to use)</source>
        <translation>Taklif: &lt;a href=&quot;use&quot;&gt;%1&lt;/a&gt; (foydalanish uchun %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Apply the MRZ</source>
        <translation>MRZ boʻyicha toʻldirish</translation>
    </message>
    <message>
        <source>The zone differs from what the form holds. Replace these values?</source>
        <translation>Zonadagi maʼlumotlar shakldagidan farq qiladi. Bu qiymatlar almashtirilsinmi?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Almashtirish</translation>
    </message>
    <message>
        <source>Keep the form</source>
        <translation>Shakldagini qoldirish</translation>
    </message>
    <message>
        <source>The link was not recorded</source>
        <translation>Bogʻlanish qayd etilmadi</translation>
    </message>
    <message>
        <source>Stops to removal</source>
        <translation>Chiqarib yuborishga toʻsiqlar</translation>
    </message>
    <message>
        <source>A court &amp;stayed the removal</source>
        <translation>Sud &amp;chiqarib yuborishni toʻxtatib qoʻygan</translation>
    </message>
    <message>
        <source>A “do &amp;not board” instruction is recorded</source>
        <translation>«&amp;Bortga chiqarilmasin» koʻrsatmasi qayd etilgan</translation>
    </message>
    <message>
        <source>Re&amp;ference of the stay:</source>
        <translation>Toʻxtatish toʻgʻrisidagi qaror &amp;maʼlumotlari:</translation>
    </message>
    <message>
        <source>Court or authority, reference and date; the person is kept off return lists</source>
        <translation>Sud yoki organ, qaror raqami va sanasi; shaxs qaytish roʻyxatlariga kiritilmaydi</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Guvohnoma berish…</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Guvohnoma berish</translation>
    </message>
    <message>
        <source>Save or discard the changes to the case first.</source>
        <translation>Avval ishdagi oʻzgarishlarni saqlang yoki bekor qiling.</translation>
    </message>
    <message>
        <source>The register is busy</source>
        <translation>Reestr band</translation>
    </message>
    <message>
        <source>Your edits are kept in this window.</source>
        <translation>Kiritgan oʻzgarishlaringiz shu oynada saqlanib turibdi.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tahrirlashni davom ettirish</translation>
    </message>
    <message>
        <source>The operational needs of this case are shown only to its assigned officer and to consuls. Saving keeps them as they are.</source>
        <translation>Bu ish boʻyicha safar ehtiyojlari faqat unga biriktirilgan xodim va konsullarga koʻrsatiladi. Saqlashda ular oʻzgarmaydi.</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Berilgan kun:</translation>
    </message>
    <message>
        <source>In the form:</source>
        <translation>Shakli:</translation>
    </message>
    <message>
        <source>Objection to consular action</source>
        <translation>Konsullik harakatlariga eʼtiroz</translation>
    </message>
    <message>
        <source>The person &amp;objects to consular action</source>
        <translation>Shaxs konsullik harakatlariga &amp;eʼtiroz bildiradi</translation>
    </message>
    <message>
        <source>Stated on:</source>
        <translation>Bildirilgan kun:</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>Oʻz soʻzlari bilan:</translation>
    </message>
    <message>
        <source>What the person asked the consulate not to do</source>
        <translation>Shaxs konsullikdan nima qilmaslikni soʻragan</translation>
    </message>
    <message>
        <source>The person objects to consular action: do not contact relatives and do not share the case with anyone.</source>
        <translation>Shaxs konsullik harakatlariga eʼtiroz bildirgan: qarindoshlar bilan bogʻlanmang va ishni hech kimga bermang.</translation>
    </message>
    <message>
        <source>This case was anonymised on %1 under the mission&apos;s retention period. It is kept for the statistics and cannot be changed.</source>
        <translation>Bu ish %1 da vakolatxonaning saqlash muddati boʻyicha anonimlashtirilgan. U statistika uchun saqlanadi va oʻzgartirilmaydi.</translation>
    </message>
    <message>
        <source>A PDF report or JSON data of everything the register holds about the person, for the person&apos;s request to see their data.</source>
        <translation>Shaxsning oʻz maʼlumotlari haqidagi soʻroviga javob uchun reestrda u haqda saqlanayotgan barcha maʼlumotlarning PDF hisoboti yoki JSON maʼlumotlari.</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Bu shaxs haqidagi hamma maʼlumotni eksport qilish</translation>
    </message>
</context>
<context>
    <name>qaytish::CaseTableModel</name>
    <message>
        <source>Days since the authorised stay ended (empty when admitted for duration of status or when no date is recorded). For information only.</source>
        <translation>Ruxsat etilgan muddat tugaganidan keyingi kunlar (maqom amal qilish muddatiga kirgan boʻlsa yoki sana koʻrsatilmagan boʻlsa, boʻsh). Faqat maʼlumot uchun.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ish raqami</translation>
    </message>
    <message>
        <source>Full name (Latin)</source>
        <translation>F.I.Sh. (lotincha)</translation>
    </message>
    <message>
        <source>Full name (Cyrillic)</source>
        <translation>F.I.Sh. (kirillcha)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tugʻilgan sana</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Pasport raqami</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Days of overstay</source>
        <translation>Muddatdan ortiq qolgan kunlar</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Saqlash joyi</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Oxirgi oʻzgarish</translation>
    </message>
</context>
<context>
    <name>qaytish::CertificateDialog</name>
    <message>
        <source>Issue a Certificate of Return</source>
        <translation>Oʻzbekiston Respublikasiga qaytish uchun guvohnoma berish</translation>
    </message>
    <message>
        <source>The certificate carries the record confirmed by the authorities at home. To correct it, record a new confirmed reply.</source>
        <translation>Guvohnomaga Oʻzbekiston idoralari tasdiqlagan maʼlumotlar kiritiladi. Ularni tuzatish uchun yangi tasdiqlovchi javobni kiriting.</translation>
    </message>
    <message>
        <source>Photo 3.5 × 4.5: choose a JPEG or PNG file or drop it here; drag the frame to move it, turn the wheel to zoom.</source>
        <translation>Surat 3,5 × 4,5: JPEG yoki PNG faylni tanlang yoki shu yerga tashlang; ramkani surish uchun uni sichqoncha bilan torting, kattalashtirish uchun gʻildirakchani aylantiring.</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Suratni tanlash…</translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation>&amp;Amal qilish muddati (kun):</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>&amp;Kvitansiya raqami:</translation>
    </message>
    <message>
        <source>&amp;Exempt, because:</source>
        <translation>Toʻlovdan &amp;ozod qilingan, asosi:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Berish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Familiya</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Otasining ismi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tugʻilgan sana</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tugʻilgan joy</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ayol</translation>
    </message>
    <message>
        <source>male</source>
        <translation>erkak</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>JSHSHIR</translation>
    </message>
    <message>
        <source>There is no confirmed record for this case.</source>
        <translation>Bu ish boʻyicha tasdiqlangan maʼlumotlar yoʻq.</translation>
    </message>
    <message>
        <source>State duty for a minor: %1 %2.</source>
        <translation>Voyaga yetmagan shaxs uchun konsullik yigʻimi: %1 %2.</translation>
    </message>
    <message>
        <source>State duty for an adult: %1 %2.</source>
        <translation>Voyaga yetgan shaxs uchun konsullik yigʻimi: %1 %2.</translation>
    </message>
    <message>
        <source>Choose the photo</source>
        <translation>Suratni tanlash</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Tasvirlar (%1)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Surat yoʻq</translation>
    </message>
    <message>
        <source>No photo yet: a certificate needs one.</source>
        <translation>Hali surat yoʻq: guvohnoma uchun surat kerak.</translation>
    </message>
    <message>
        <source>The stored photo is used unless you choose another.</source>
        <translation>Boshqasini tanlamasangiz, saqlangan surat ishlatiladi.</translation>
    </message>
    <message>
        <source>The photo is stored at %1 × %2 pixels, not at its original size.</source>
        <translation>Surat asl oʻlchamida emas, %1 × %2 piksel oʻlchamida saqlanadi.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>%1 gacha amal qiladi</translation>
    </message>
    <message>
        <source>Give the receipt number of the state duty.</source>
        <translation>Konsullik yigʻimi toʻlangani haqidagi kvitansiya raqamini koʻrsating.</translation>
    </message>
    <message>
        <source>Give the reason for the exemption from the state duty.</source>
        <translation>Konsullik yigʻimidan ozod qilish asosini koʻrsating.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>%1-son guvohnomani PDF sifatida saqlash</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF hujjatlar (%1)</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Guvohnoma berildi</translation>
    </message>
    <message>
        <source>Certificate %1 is issued. Its PDF can be saved or printed at any time from the register of documents.</source>
        <translation>%1-son guvohnoma berildi. Uning PDF faylini istalgan vaqtda hujjatlar reestridan saqlash yoki chop etish mumkin.</translation>
    </message>
    <message>
        <source>Certificate issued, PDF not saved</source>
        <translation>Guvohnoma berildi, PDF saqlanmadi</translation>
    </message>
    <message>
        <source>Certificate %1 is issued, but its PDF could not be saved: %2 Save it again from the register of documents.</source>
        <translation>%1-son guvohnoma berildi, lekin uning PDF faylini saqlab boʻlmadi: %2 Uni hujjatlar reestridan qayta saqlang.</translation>
    </message>
    <message>
        <source>Certificate %1 is issued and saved as %2.</source>
        <translation>%1-son guvohnoma berildi va %2 sifatida saqlandi.</translation>
    </message>
</context>
<context>
    <name>qaytish::CertificateRegisterWindow</name>
    <message>
        <source>Register of documents</source>
        <translation>Hujjatlar reestri</translation>
    </message>
    <message>
        <source>Search: number, case, name in any script</source>
        <translation>Qidirish: raqam, ish, lotin yoki kirill yozuvidagi ism</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Barcha holatlar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Raqam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>F.I.Sh. (lotin yozuvida)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>F.I.Sh. (kirill yozuvida)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Berilgan</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Amal qilish muddati</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Kim bergan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Sabab:</translation>
    </message>
    <message>
        <source>Spoiled blank</source>
        <translation>Buzilgan blanka</translation>
    </message>
    <message>
        <source>Cancel certificate</source>
        <translation>Guvohnomani bekor qilish</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF sifatida saqlash…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV faylga eksport qilish…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n ta guvohnoma</numerusform>
            <numerusform>%n ta guvohnoma</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason first.</source>
        <translation>Avval sababini koʻrsating.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>%1-son guvohnomani PDF sifatida saqlash</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF hujjatlar (%1)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF saqlanmadi</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Chop etish</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>%1-son guvohnoma</translation>
    </message>
    <message>
        <source>Mark certificate %1 as a spoiled blank? It stays in the register with the reason and its number is never used again.</source>
        <translation>%1-son guvohnoma buzilgan blanka deb belgilansinmi? U sababi bilan reestrda qoladi va uning raqami boshqa hech qachon ishlatilmaydi.</translation>
    </message>
    <message>
        <source>Cancel certificate %1? It stays in the register with the reason and its number is never used again.</source>
        <translation>%1-son guvohnoma bekor qilinsinmi? U sababi bilan reestrda qoladi va uning raqami boshqa hech qachon ishlatilmaydi.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Oʻzgarishsiz qoldirish</translation>
    </message>
    <message>
        <source>Export the register of documents</source>
        <translation>Hujjatlar reestrini eksport qilish</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV fayllar (%1)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV faylga eksport qilish</translation>
    </message>
</context>
<context>
    <name>qaytish::DashboardStrip</name>
    <message>
        <source>Identity check overdue</source>
        <translation>Shaxsni tekshirish muddati oʻtgan</translation>
    </message>
    <message numerus="yes">
        <source>Document expires within %n day(s)</source>
        <translation>
            <numerusform>Hujjat muddati %n kun ichida tugaydi</numerusform>
            <numerusform>Hujjat muddati %n kun ichida tugaydi</numerusform>
        </translation>
    </message>
    <message>
        <source>On open return lists</source>
        <translation>Ochiq qaytish roʻyxatlarida</translation>
    </message>
    <message>
        <source>Cases in the status “%1”. Click to show them.</source>
        <translation>«%1» holatidagi ishlar. Ularni koʻrsatish uchun bosing.</translation>
    </message>
    <message numerus="yes">
        <source>Cases in identity check whose identity request has waited more than %n day(s) for a reply (mission settings). Click to show them.</source>
        <translation>
            <numerusform>Shaxsni tekshirish holatidagi, shaxsni tasdiqlash soʻroviga %n kundan ortiq javob kutilayotgan ishlar (muassasa sozlamalari). Ularni koʻrsatish uchun bosing.</numerusform>
            <numerusform>Shaxsni tekshirish holatidagi, shaxsni tasdiqlash soʻroviga %n kundan ortiq javob kutilayotgan ishlar (muassasa sozlamalari). Ularni koʻrsatish uchun bosing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open cases whose travel document (the valid Certificate of Return, else the passport with the mission&apos;s margin of %1 days) is valid for the last time today or within %n day(s). Expired documents are not counted. Click to show them.</source>
        <translation>
            <numerusform>Yoʻl hujjatining (amaldagi guvohnoma, boʻlmasa muassasaning %1 kunlik zaxirasi bilan pasport) amal qilishining oxirgi kuni bugun yoki %n kun ichida boʻlgan ochiq ishlar. Muddati oʻtgan hujjatlar hisoblanmaydi. Ularni koʻrsatish uchun bosing.</numerusform>
            <numerusform>Yoʻl hujjatining (amaldagi guvohnoma, boʻlmasa muassasaning %1 kunlik zaxirasi bilan pasport) amal qilishining oxirgi kuni bugun yoki %n kun ichida boʻlgan ochiq ishlar. Muddati oʻtgan hujjatlar hisoblanmaydi. Ularni koʻrsatish uchun bosing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases on a draft or final return list (not taken off it). Click to show them.</source>
        <translation>Qoralama yoki tasdiqlangan qaytish roʻyxatidagi ishlar (undan chiqarilmagan). Ularni koʻrsatish uchun bosing.</translation>
    </message>
</context>
<context>
    <name>qaytish::DateEdit</name>
    <message>
        <source>Not a date: write it as 30.04.2025.</source>
        <translation>Bu sana emas: uni 30.04.2025 koʻrinishida yozing.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>kk.oo.yyyy</translation>
    </message>
    <message>
        <source>Type the date as 30.04.2025, 30042025 or 2025-04-30.</source>
        <translation>Sanani 30.04.2025, 30042025 yoki 2025-04-30 koʻrinishida kiriting.</translation>
    </message>
</context>
<context>
    <name>qaytish::DuplicatesDialog</name>
    <message>
        <source>Possibly the same person</source>
        <translation>Ehtimol, bu bitta shaxs</translation>
    </message>
    <message>
        <source>The register already has a case that may be about the same person. Check it before saving:</source>
        <translation>Reestrda shu shaxsga tegishli boʻlishi mumkin boʻlgan ish allaqachon bor. Saqlashdan oldin uni tekshiring:</translation>
    </message>
    <message numerus="yes">
        <source>The register already has %n cases that may be about the same person. Check them before saving:</source>
        <translation>
            <numerusform>Reestrda shu shaxsga tegishli boʻlishi mumkin boʻlgan %n ta ish allaqachon bor. Saqlashdan oldin ularni tekshiring:</numerusform>
            <numerusform>Reestrda shu shaxsga tegishli boʻlishi mumkin boʻlgan %n ta ish allaqachon bor. Saqlashdan oldin ularni tekshiring:</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>F.I.Sh.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tugʻilgan sana</translation>
    </message>
    <message>
        <source>Why it may be the same person</source>
        <translation>Moslik belgilari</translation>
    </message>
    <message>
        <source>already linked as the same person</source>
        <translation>allaqachon bitta shaxs sifatida bogʻlangan</translation>
    </message>
    <message>
        <source>&amp;Open the existing case</source>
        <translation>Mavjud ishni &amp;ochish</translation>
    </message>
    <message>
        <source>Nothing is saved; the selected case opens in its own window.</source>
        <translation>Hech narsa saqlanmaydi; tanlangan ish alohida oynada ochiladi.</translation>
    </message>
    <message>
        <source>&amp;Link as the same person</source>
        <translation>Bitta shaxs sifatida &amp;bogʻlash</translation>
    </message>
    <message>
        <source>Save this case and record that both are the same person. Neither case is changed or merged.</source>
        <translation>Bu ishni saqlash va ikkalasi bitta shaxsga tegishli ekanini qayd etish. Ishlarning hech biri oʻzgartirilmaydi va birlashtirilmaydi.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Baribir &amp;saqlash</translation>
    </message>
    <message>
        <source>Save this case as a different person.</source>
        <translation>Bu ishni boshqa shaxs sifatida saqlash.</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Shaklga &amp;qaytish</translation>
    </message>
</context>
<context>
    <name>qaytish::IdentityRequestDialog</name>
    <message>
        <source>Enter the number of the reply.</source>
        <translation>Javob raqamini kiriting.</translation>
    </message>
    <message>
        <source>Enter the outgoing number of the request.</source>
        <translation>Soʻrovning chiquvchi raqamini kiriting.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Sanani kiriting.</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Javobni kiritish</translation>
    </message>
    <message>
        <source>The reply of the authorities at home to identity request %1 of %2.</source>
        <translation>Oʻzbekiston vakolatli organlarining %2 sanadagi %1-son shaxsni tasdiqlash soʻroviga javobi.</translation>
    </message>
    <message>
        <source>Reply &amp;number:</source>
        <translation>Javob &amp;raqami:</translation>
    </message>
    <message>
        <source>Reply &amp;date:</source>
        <translation>Javob &amp;sanasi:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Natija:</translation>
    </message>
    <message>
        <source>Log identity request</source>
        <translation>Shaxsni tasdiqlash soʻrovini qayd etish</translation>
    </message>
    <message>
        <source>The request sent to the authorities at home to confirm the person&apos;s identity and citizenship.</source>
        <translation>Shaxsning shaxsi va fuqaroligini tasdiqlash uchun Oʻzbekiston vakolatli organlariga yuboriladigan soʻrov.</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Chiquvchi &amp;raqam:</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Yuborilgan sana:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>no PINFL</source>
        <translation>JSHSHIR yoʻq</translation>
    </message>
    <message>
        <source>date of birth missing</source>
        <translation>tugʻilgan sana koʻrsatilmagan</translation>
    </message>
    <message>
        <source>Saving a confirmation keeps this record as the one confirmed by the authorities at home; a Certificate of Return prints it. Compare it with the reply first:</source>
        <translation>Tasdiq saqlanganda bu maʼlumotlar Oʻzbekiston idoralari tasdiqlagan maʼlumot sifatida saqlanadi va qaytish uchun guvohnomada chop etiladi. Avval ularni javob bilan solishtiring:</translation>
    </message>
</context>
<context>
    <name>qaytish::ImportDialog</name>
    <message>
        <source>Import list — %1</source>
        <translation>Roʻyxatni import qilish — %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Avtomatik aniqlash</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Vergul (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Nuqtali vergul (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulyatsiya</translation>
    </message>
    <message>
        <source>No slashed dates</source>
        <translation>Qiya chiziqli sanalar yoʻq</translation>
    </message>
    <message>
        <source>Day first (30/04/2025)</source>
        <translation>Avval kun (30/04/2025)</translation>
    </message>
    <message>
        <source>Month first (04/30/2025)</source>
        <translation>Avval oy (04/30/2025)</translation>
    </message>
    <message>
        <source>Year first (2025/04/30)</source>
        <translation>Avval yil (2025/04/30)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodlash:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Ajratgich:</translation>
    </message>
    <message>
        <source>Dates with &amp;slashes:</source>
        <translation>&amp;Qiya chiziqli sanalar:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Fayldagi ustun</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Import qilinadigan maydon</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import qilish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Ustunlar:</translation>
    </message>
    <message>
        <source>First rows and their problems:</source>
        <translation>Dastlabki qatorlar va ulardagi muammolar:</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ni oʻqib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>Read as %1, separated by “%2”.</source>
        <translation>%1 kodlashida oʻqildi, ajratgich «%2».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulyatsiya</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(nomsiz)</translation>
    </message>
    <message>
        <source>Ignore (unknown column)</source>
        <translation>Import qilmaslik (nomaʼlum ustun)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Import qilmaslik</translation>
    </message>
    <message>
        <source>Not imported, unless you choose a field: %1</source>
        <translation>Maydon tanlanmasa, import qilinmaydi: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Muammolar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Muammo yoʻq</translation>
    </message>
    <message>
        <source>The file has dates with slashes: choose how to read them.</source>
        <translation>Faylda qiya chiziqli sanalar bor: ularni qanday oʻqishni tanlang.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>Import yakunlanmadi.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected.</source>
        <translation>Hech narsa import qilinmadi: %2 ta qatordan %1 tasi rad etildi.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows.</source>
        <translation>%2 ta qatordan %1 tasi import qilindi.</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rad etilganlar:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1-qator: %2</translation>
    </message>
    <message>
        <source>Probable duplicates (imported; check them):</source>
        <translation>Ehtimoliy takrorlar (import qilindi; ularni tekshiring):</translation>
    </message>
    <message>
        <source>Line %1: %2 is also on line %3.</source>
        <translation>%1-qator: %2 %3-qatorda ham bor.</translation>
    </message>
    <message>
        <source>Line %1: %2 is also in case %3.</source>
        <translation>%1-qator: %2 %3 raqamli ishda ham bor.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Import qilinmagan ustunlar: %1</translation>
    </message>
</context>
<context>
    <name>qaytish::InterviewDialog</name>
    <message>
        <source>Enter the date of the interview.</source>
        <translation>Suhbat sanasini kiriting.</translation>
    </message>
    <message>
        <source>Add interview or visit</source>
        <translation>Suhbat yoki tashrif qoʻshish</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Sana:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Joy:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Tarjimon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>Stated &amp;wishes:</source>
        <translation>&amp;Bildirilgan istaklar:</translation>
    </message>
    <message>
        <source>What the person says about return, contact with relatives, a lawyer, the journey</source>
        <translation>Shaxs qaytish, qarindoshlar bilan aloqa, advokat va safar haqida nima deydi</translation>
    </message>
    <message>
        <source>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses.</source>
        <translation>Boshpana yoki himoya soʻrab qilingan murojaatni va uning asoslarini, siyosiy yoki diniy qarashlarni, jinsiy orientatsiya yoki gender identifikatsiyasini, tibbiy tashxislarni yozmang.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>qaytish::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Tahrir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Koʻrinish</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;il</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Asosiy asboblar paneli</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Yangi reestr…</translation>
    </message>
    <message>
        <source>Create a new, empty register file.</source>
        <translation>Yangi, boʻsh reestr faylini yaratish.</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>Reestrni &amp;ochish…</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Reestrni ochish</translation>
    </message>
    <message>
        <source>Open another register file.</source>
        <translation>Boshqa reestr faylini ochish.</translation>
    </message>
    <message>
        <source>Open &amp;demo register</source>
        <translation>&amp;Namunaviy reestrni ochish</translation>
    </message>
    <message>
        <source>Open the separate register of fictional cases for practice.</source>
        <translation>Mashq qilish uchun toʻqima ishlarning alohida reestrini ochish.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Yangi ish</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Yangi ish</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>Ishni &amp;tahrirlash</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Ishni tahrirlash</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Holatni oʻzgartirish…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Holatni oʻzgartirish</translation>
    </message>
    <message>
        <source>Move the selected case to another status</source>
        <translation>Tanlangan ishni boshqa holatga oʻtkazish</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Qidirish</translation>
    </message>
    <message>
        <source>&amp;About Qaytish</source>
        <translation>&amp;Qaytish haqida</translation>
    </message>
    <message>
        <source>Search by name (Latin or Cyrillic), passport, PINFL, A-number or case reference</source>
        <translation>Ism (lotin yoki kirill yozuvida), pasport, JSHSHIR, A-raqam yoki ish raqami boʻyicha qidirish</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Holat:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Barcha holatlar</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Reestrni ochib boʻlmadi</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ni ochib boʻlmadi: %2</translation>
    </message>
    <message>
        <source>Open another register, or create a new one?</source>
        <translation>Boshqa reestrni ochasizmi yoki yangisini yaratasizmi?</translation>
    </message>
    <message>
        <source>Open another register…</source>
        <translation>Boshqa reestrni ochish…</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>Yangi reestr…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>Yangi reestr</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Choose a new file name, or open it with File &gt; Open register.</source>
        <translation>%1 allaqachon mavjud va oʻzgartirilmadi. Yangi fayl nomini tanlang yoki uni «Fayl &gt; Reestrni ochish» buyrugʻi bilan oching.</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Namunaviy reestr</translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo register: %Ln fictional case(s)…</source>
        <translation>
            <numerusform>Namunaviy reestr yaratilmoqda: %Ln ta toʻqima ish…</numerusform>
            <numerusform>Namunaviy reestr yaratilmoqda: %Ln ta toʻqima ish…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>About Qaytish</source>
        <translation>Qaytish haqida</translation>
    </message>
    <message>
        <source>Qaytish %1

A register of citizens of Uzbekistan abroad in return and removal cases, for consular officers: identity checks, Certificates of Return and return lists.

The people in the register come first: Qaytish never records asylum claims, political or religious opinions, sexual orientation or medical diagnoses, and shows operational needs only to those who must know them.</source>
        <translation>Qaytish %1

Konsullik mansabdor shaxslari uchun qaytish va chiqarib yuborish ishlari boʻyicha chet eldagi Oʻzbekiston fuqarolari reestri: shaxsni tekshirish, Oʻzbekiston Respublikasiga qaytish uchun guvohnomalar va qaytish roʻyxatlari.

Eng avvalo — reestrdagi odamlar: Qaytish hech qachon boshpana soʻrab qilingan murojaatlarni, siyosiy yoki diniy qarashlarni, jinsiy orientatsiyani yoki tibbiy tashxislarni yozmaydi va safar ehtiyojlarini faqat ularni bilishi zarur boʻlganlargagina koʻrsatadi.</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Reestr ochilmagan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln ta ish</numerusform>
            <numerusform>%Ln ta ish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%Ln ta ishdan %1 tasi</numerusform>
            <numerusform>%Ln ta ishdan %1 tasi</numerusform>
        </translation>
    </message>
    <message>
        <source>Qaytish</source>
        <translation>Qaytish</translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>Reestrni oʻqib boʻlmadi</translation>
    </message>
    <message>
        <source>Record a new return case (%1)</source>
        <translation>Yangi qaytish ishini qayd etish (%1)</translation>
    </message>
    <message>
        <source>Open the selected case (%1)</source>
        <translation>Tanlangan ishni ochish (%1)</translation>
    </message>
    <message>
        <source>Search the register (%1)</source>
        <translation>Reestrdan qidirish (%1)</translation>
    </message>
    <message>
        <source>Qaytish registers (%1)</source>
        <translation>Qaytish reestrlari (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Barcha fayllar (%1)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Roʻyxatni &amp;import qilish…</translation>
    </message>
    <message>
        <source>Import a list of people from a CSV file as new cases.</source>
        <translation>CSV fayldagi shaxslar roʻyxatini yangi ishlar sifatida import qilish.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV faylga &amp;eksport qilish…</translation>
    </message>
    <message>
        <source>Write the cases shown (the current search and status) to a CSV file.</source>
        <translation>Koʻrsatilgan ishlarni (joriy qidiruv va holat boʻyicha) CSV faylga yozish.</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Roʻyxatni import qilish</translation>
    </message>
    <message>
        <source>CSV files (%1);;All files (*)</source>
        <translation>CSV fayllar (%1);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV faylga eksport qilish</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV fayllar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to %1.</source>
        <translation>
            <numerusform>%1 fayliga %Ln ta ish yozildi.</numerusform>
            <numerusform>%1 fayliga %Ln ta ish yozildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Eksport amalga oshmadi.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Vositalar</translation>
    </message>
    <message>
        <source>&amp;Mission settings…</source>
        <translation>&amp;Muassasa sozlamalari…</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Muassasa sozlamalari</translation>
    </message>
    <message>
        <source>The mission&apos;s name, head of mission, document numbering, validity, consular fee and paper.</source>
        <translation>Muassasa nomi, muassasa rahbari, hujjatlar raqamlanishi, amal qilish muddati, konsullik yigʻimi va qogʻoz.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Hujjatlar</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>Guvohnoma &amp;berish…</translation>
    </message>
    <message>
        <source>&amp;Register of documents…</source>
        <translation>Hujjatlar &amp;reestri…</translation>
    </message>
    <message>
        <source>&amp;Return lists…</source>
        <translation>Qaytish &amp;roʻyxatlari…</translation>
    </message>
    <message>
        <source>Flight manifests: passengers, checks, finalising, printing and export</source>
        <translation>Reyslarning yoʻlovchilar roʻyxatlari: yoʻlovchilar, tekshiruvlar, tasdiqlash, chop etish va eksport</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Guvohnoma berish</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a certificate is issued only when the identity is confirmed.</source>
        <translation>%1 ishning holati «%2»: guvohnoma faqat shaxsi tasdiqlangandan keyin beriladi.</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Ishlar sanalmoqda…</translation>
    </message>
    <message>
        <source>Restore a &amp;safety copy…</source>
        <translation>&amp;Ehtiyot nusxadan tiklash…</translation>
    </message>
    <message>
        <source>Replace the register with one of the copies kept each day and before upgrades.</source>
        <translation>Reestrni har kuni va yangilashlardan oldin saqlanadigan nusxalardan biri bilan almashtirish.</translation>
    </message>
    <message>
        <source>&amp;Clear the dashboard filter</source>
        <translation>&amp;Koʻrsatkichlar paneli filtrini tozalash</translation>
    </message>
    <message>
        <source>Show every case again after a click on a figure of the dashboard.</source>
        <translation>Paneldagi koʻrsatkich tanlangandan keyin yana barcha ishlarni koʻrsatish.</translation>
    </message>
    <message>
        <source>Show &amp;all cases</source>
        <translation>&amp;Barcha ishlarni koʻrsatish</translation>
    </message>
    <message>
        <source>Clear the dashboard filter (%1)</source>
        <translation>Koʻrsatkichlar paneli filtrini tozalash (%1)</translation>
    </message>
    <message>
        <source>Open another register, or restore a safety copy of this one?</source>
        <translation>Boshqa reestrni ochasizmi yoki bu reestrni ehtiyot nusxadan tiklaysizmi?</translation>
    </message>
    <message>
        <source>Restore a safety copy…</source>
        <translation>Ehtiyot nusxadan tiklash…</translation>
    </message>
    <message>
        <source>Restore a safety copy</source>
        <translation>Ehtiyot nusxadan tiklash</translation>
    </message>
    <message>
        <source>Replace the register %1 with the copy %2? Changes made since that copy will no longer be in the register; the register as it is now is kept as a safety copy.</source>
        <translation>%1 reestri %2 nusxasi bilan almashtirilsinmi? Shu nusxadan keyin kiritilgan oʻzgarishlar reestrda qolmaydi; reestrning hozirgi holati ehtiyot nusxa sifatida saqlanadi.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Tiklash</translation>
    </message>
    <message>
        <source>The safety copy was not restored</source>
        <translation>Ehtiyot nusxa tiklanmadi</translation>
    </message>
    <message>
        <source>The register was restored from %1.</source>
        <translation>Reestr %1 dan tiklandi.</translation>
    </message>
    <message>
        <source>Showing only the cases of the dashboard figure “%1”.</source>
        <translation>Faqat «%1» koʻrsatkichidagi ishlar koʻrsatilmoqda.</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Foydalanuvchilar…</translation>
    </message>
    <message>
        <source>The users of this register and their roles.</source>
        <translation>Bu reestr foydalanuvchilari va ularning rollari.</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Foydalanuvchini &amp;almashtirish…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>&amp;Parolni almashtirish…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Qulflash</translation>
    </message>
    <message>
        <source>Cover the register until your password is typed again.</source>
        <translation>Parolingiz qayta kiritilguncha reestrni yopib qoʻyish.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Qulfni ochish…</translation>
    </message>
    <message>
        <source>The window is locked: the register&apos;s data is hidden. %1 can go on after typing the password again; unsaved changes are kept.</source>
        <translation>Oyna qulflangan: reestr maʼlumotlari yashirilgan. %1 parolni qayta kiritib ishni davom ettirishi mumkin; saqlanmagan oʻzgarishlar yoʻqolmaydi.</translation>
    </message>
    <message>
        <source>The roles of %1 (%2) do not show the cases of the register.</source>
        <translation>%1 ning rollari (%2) reestrdagi ishlarni koʻrishga ruxsat bermaydi.</translation>
    </message>
    <message>
        <source>Qaytish — %1 — %2</source>
        <translation>Qaytish — %1 reestri — %2</translation>
    </message>
    <message>
        <source>Qaytish — %1 (demo, unprotected register)</source>
        <translation>Qaytish — %1 (namunaviy reestr, himoyasiz)</translation>
    </message>
    <message>
        <source>Qaytish — %1 (unprotected register)</source>
        <translation>Qaytish — %1 (himoyasiz reestr)</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 paroli almashtirildi.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit jurnali…</translation>
    </message>
    <message>
        <source>Who did what and when in this register, and whether the record of it is intact.</source>
        <translation>Bu reyestrda kim, nima va qachon qilgan, va bu haqdagi yozuv butunmi.</translation>
    </message>
    <message>
        <source>Apply the &amp;retention period…</source>
        <translation>&amp;Saqlash muddatini qoʻllash…</translation>
    </message>
    <message>
        <source>Anonymise the persons whose cases were returned or closed longer ago than the mission keeps them.</source>
        <translation>Ishlari vakolatxona saqlaydigan muddatdan oldin qaytish bilan tugagan yoki yopilgan shaxslarni anonimlashtirish.</translation>
    </message>
    <message>
        <source>Write everything the register holds about the person of the selected case to a PDF or JSON file, for the person&apos;s request to see their data.</source>
        <translation>Tanlangan ish boʻyicha shaxs haqida reestrda saqlanayotgan barcha maʼlumotlarni shaxsning oʻz maʼlumotlari haqidagi soʻroviga javob uchun PDF yoki JSON fayliga yozish.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Zaxira nusxa…</translation>
    </message>
    <message>
        <source>Copy the whole register to a file to keep elsewhere, sealed with a passphrase.</source>
        <translation>Butun reestrni boshqa joyda saqlash uchun faylga nusxalash, parol iborasi bilan shifrlab.</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Zaxira &amp;nusxadan tiklash…</translation>
    </message>
    <message>
        <source>Replace the register with a backup, after checking the whole of it.</source>
        <translation>Reestrni zaxira nusxani toʻliq tekshirgandan soʻng u bilan almashtirish.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zaxira nusxalar</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Reestrning zaxira nusxasi olinmoqda…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Zaxira nusxa olinmadi</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Zaxira nusxa olindi</translation>
    </message>
    <message>
        <source>The register was backed up to %1 (%2), sealed with the passphrase. Keep the passphrase apart from the file: without it the backup cannot be restored.</source>
        <translation>Reestrning zaxira nusxasi %1 ga (%2) yozildi va parol iborasi bilan shifrlandi. Parol iborasini fayldan alohida saqlang: usiz zaxira nusxani tiklab boʻlmaydi.</translation>
    </message>
    <message>
        <source>The register was backed up to %1 (%2). It is not sealed: anyone who has the file can read every case in it.</source>
        <translation>Reestrning zaxira nusxasi %1 ga (%2) yozildi. U shifrlanmagan: faylga ega boʻlgan har kim undagi barcha ishlarni oʻqiy oladi.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Zaxira nusxa %1 ga yozildi.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Zaxira nusxadan tiklash</translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation>Zaxira nusxalar (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Zaxira nusxa tiklanmadi</translation>
    </message>
    <message>
        <source>Checking the whole backup…</source>
        <translation>Zaxira nusxa toʻliq tekshirilmoqda…</translation>
    </message>
    <message>
        <source>The backup %1 is complete and sound. Replace the register %2 with it? Everything recorded since the backup was made will no longer be in the register; the register as it is now is kept as a safety copy.</source>
        <translation>%1 zaxira nusxasi toʻliq va butun. %2 reestri u bilan almashtirilsinmi? Zaxira nusxa olingandan keyin yozilgan hamma narsa reestrda boshqa boʻlmaydi; reestrning hozirgi holati ehtiyot nusxa sifatida saqlanadi.</translation>
    </message>
</context>
<context>
    <name>qaytish::MissionSettingsDialog</name>
    <message>
        <source>%1 (Uzbek):</source>
        <translation>%1 (oʻzbekcha):</translation>
    </message>
    <message>
        <source>%1 (Russian):</source>
        <translation>%1 (ruscha):</translation>
    </message>
    <message>
        <source>%1 (English):</source>
        <translation>%1 (inglizcha):</translation>
    </message>
    <message>
        <source>Host &amp;country (ICAO code):</source>
        <translation>Turgan &amp;mamlakat (ICAO kodi):</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Muassasa</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Shahar</translation>
    </message>
    <message>
        <source>&amp;Head of mission:</source>
        <translation>Muassasa &amp;rahbari:</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>Raqam &amp;prefiksi:</translation>
    </message>
    <message>
        <source>Default &amp;validity (days):</source>
        <translation>Odatiy &amp;amal qilish muddati (kun):</translation>
    </message>
    <message>
        <source>An expired passport still serves for (days):</source>
        <translation>Muddati oʻtgan pasport yana yaroqli (kun):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Va&amp;lyuta:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Q&amp;ogʻoz:</translation>
    </message>
    <message>
        <source>English on documents:</source>
        <translation>Hujjatlarda inglizcha:</translation>
    </message>
    <message>
        <source>An identity check is &amp;overdue after (days):</source>
        <translation>Shaxsni tekshirish &amp;muddati oʻtadi (kundan keyin):</translation>
    </message>
    <message>
        <source>Stored photo &amp;width (pixels):</source>
        <translation>Saqlanadigan surat &amp;eni (piksel):</translation>
    </message>
    <message>
        <source>Stored photo &amp;height (pixels):</source>
        <translation>Saqlanadigan surat &amp;boʻyi (piksel):</translation>
    </message>
    <message>
        <source>Smallest accepted width (pixels):</source>
        <translation>Qabul qilinadigan eng kichik en (piksel):</translation>
    </message>
    <message>
        <source>Smallest accepted height (pixels):</source>
        <translation>Qabul qilinadigan eng kichik boʻy (piksel):</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Muassasa sozlamalari</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Hujjatlar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Print the texts in English as well</source>
        <translation>Matnlarni ingliz tilida ham chop etish</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Consular fee, &amp;adult:</source>
        <translation>Konsullik yigʻimi, &amp;voyaga yetgan:</translation>
    </message>
    <message>
        <source>Consular fee, &amp;minor:</source>
        <translation>Konsullik yigʻimi, voyaga &amp;yetmagan:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Imzo kaliti:</translation>
    </message>
    <message>
        <source>none yet: made when the first certificate is issued or the public key is exported</source>
        <translation>hali yoʻq: birinchi guvohnoma berilganda yoki ochiq kalit eksport qilinganda yaratiladi</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Ochiq kalitni eksport qilish</translation>
    </message>
    <message>
        <source>Public key files (%1)</source>
        <translation>Ochiq kalit fayllari (%1)</translation>
    </message>
    <message>
        <source>Wrote the mission&apos;s public key %1 to %2. With it, a border officer&apos;s phone or %3 checks the QR code of a certificate offline.</source>
        <translation>Muassasaning ochiq kaliti %1 %2 fayliga yozildi. U bilan chegarachining telefoni yoki %3 guvohnomaning QR kodini tarmoqsiz tekshiradi.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Ochiq kalitni &amp;eksport qilish…</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Hujjat sarlavhasi</translation>
    </message>
    <message>
        <source>A travel document is &amp;expiring within (days):</source>
        <translation>Yoʻl hujjati muddati &amp;tugayotgan davr (kun):</translation>
    </message>
    <message>
        <source>Daily safety copies &amp;kept:</source>
        <translation>Saqlanadigan kundalik ehtiyot &amp;nusxalar:</translation>
    </message>
    <message>
        <source>Anonymise returned or closed cases after (&amp;years):</source>
        <translation>Qaytgan yoki yopilgan ishlarni anonimlashtirish (&amp;yildan keyin):</translation>
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
        <translation>koʻrsatilmagan</translation>
    </message>
    <message>
        <source>Sex %1, born %2, nationality %3</source>
        <translation>Jinsi: %1, tugʻilgan sana: %2, fuqaroligi: %3</translation>
    </message>
    <message>
        <source>Passport %1 of %2</source>
        <translation>Pasport %1 (bergan davlat: %2)</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Hujjat %1 (bergan davlat: %2)</translation>
    </message>
    <message>
        <source>%1, expired on %2</source>
        <translation>%1, amal qilish muddati %2 da tugagan</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, %2 gacha amal qiladi</translation>
    </message>
    <message>
        <source>PINFL %1: %2</source>
        <translation>JSHSHIR %1: %2</translation>
    </message>
    <message>
        <source>PINFL %1 agrees with the date of birth and sex.</source>
        <translation>JSHSHIR %1 tugʻilgan sana va jinsga mos keladi.</translation>
    </message>
    <message>
        <source>it gives the date of birth %1</source>
        <translation>unga koʻra tugʻilgan sana %1</translation>
    </message>
    <message>
        <source>it gives the sex %1</source>
        <translation>unga koʻra jinsi %1</translation>
    </message>
    <message>
        <source>PINFL %1 does not agree with the zone: %2.</source>
        <translation>JSHSHIR %1 zonaga mos kelmaydi: %2.</translation>
    </message>
    <message>
        <source>The PINFL&apos;s check digit does not match.</source>
        <translation>JSHSHIRning nazorat raqami mos kelmaydi.</translation>
    </message>
    <message>
        <source>All check digits are correct.</source>
        <translation>Barcha nazorat raqamlari toʻgʻri.</translation>
    </message>
    <message>
        <source>Check digits wrong: %1. The zone was misread or altered: read it again or compare it with the document.</source>
        <translation>Notoʻgʻri nazorat raqamlari: %1. Zona xato oʻqilgan yoki oʻzgartirilgan: uni qayta oʻqing yoki hujjat bilan solishtiring.</translation>
    </message>
    <message>
        <source>The zone is read as soon as all its lines are there.</source>
        <translation>Zona barcha satrlari kiritilishi bilan oʻqiladi.</translation>
    </message>
    <message numerus="yes">
        <source>Reading: %n line(s) so far.</source>
        <translation>
            <numerusform>Oʻqilmoqda: hozircha %n ta satr.</numerusform>
            <numerusform>Oʻqilmoqda: hozircha %n ta satr.</numerusform>
        </translation>
    </message>
    <message>
        <source>A check digit is wrong: read the zone again before applying it.</source>
        <translation>Nazorat raqami notoʻgʻri: maʼlumotlarni toʻldirishdan oldin zonani qayta oʻqing.</translation>
    </message>
    <message>
        <source>Read MRZ</source>
        <translation>MRZ oʻqish</translation>
    </message>
    <message>
        <source>&amp;Machine readable zone (paste, type or scan; Enter starts a new line):</source>
        <translation>&amp;Mashinada oʻqiladigan zona (qoʻying, kiriting yoki skanerlang; Enter — yangi satr):</translation>
    </message>
    <message>
        <source>The zone drops the marks of oʻ and gʻ and may put the patronymic among the given names. Apply fills the fields; then compare the names with the document and correct them. The patronymic is left as it is.</source>
        <translation>Zonada oʻ va gʻ harflari belgisiz (o va g kabi) yoziladi, otasining ismi esa ism qatoriga tushishi mumkin. «Shaxs maʼlumotlarini toʻldirish» tugmasi maydonlarni toʻldiradi; soʻng ismlarni hujjat bilan solishtirib, tuzating. Otasining ismi maydoni oʻzgartirilmaydi.</translation>
    </message>
    <message>
        <source>Apply to the person</source>
        <translation>Shaxs maʼlumotlarini toʻldirish</translation>
    </message>
</context>
<context>
    <name>qaytish::PassphraseDialog</name>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Zaxira nusxaning parol iborasi</translation>
    </message>
    <message>
        <source>%1 is sealed. &amp;Passphrase:</source>
        <translation>%1 shifrlangan. &amp;Parol iborasi:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ochish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>qaytish::RetentionDialog</name>
    <message>
        <source>Apply the retention period</source>
        <translation>Saqlash muddatini qoʻllash</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ishlar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Returned or closed on</source>
        <translation>Qaytgan yoki yopilgan kun</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimlashtirish</translation>
    </message>
    <message numerus="yes">
        <source>The mission keeps returned and closed cases for %n year(s). </source>
        <translation>
            <numerusform>Vakolatxona qaytgan va yopilgan ishlarni %n yil saqlaydi. </numerusform>
            <numerusform>Vakolatxona qaytgan va yopilgan ishlarni %n yil saqlaydi. </numerusform>
        </translation>
    </message>
    <message>
        <source>No case was returned or closed before %1: nobody is due for anonymisation.</source>
        <translation>%1 dan oldin hech bir ish qaytish bilan tugamagan yoki yopilmagan: anonimlashtiriladigan hech kim yoʻq.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have every case returned or closed before %1 and will be anonymised:</source>
        <translation>
            <numerusform>%n ta shaxsning barcha ishlari %1 dan oldin tugagan yoki yopilgan va ular anonimlashtiriladi:</numerusform>
            <numerusform>%n ta shaxsning barcha ishlari %1 dan oldin tugagan yoki yopilgan va ular anonimlashtiriladi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from each person:</source>
        <translation>Har bir shaxsdan oʻchiriladi:</translation>
    </message>
    <message>
        <source>Kept: the cases, their dates and statuses, sex, nationality.</source>
        <translation>Saqlanadi: ishlar, ularning sanalari va holatlari, jinsi, fuqaroligi.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n person(s)</source>
        <translation>
            <numerusform>%n ta shaxsni &amp;anonimlashtirish</numerusform>
            <numerusform>%n ta shaxsni &amp;anonimlashtirish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>%n ta shaxs hozir anonimlashtirilsinmi? Buni ortga qaytarib boʻlmaydi.</numerusform>
            <numerusform>%n ta shaxs hozir anonimlashtirilsinmi? Buni ortga qaytarib boʻlmaydi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n ta shaxs anonimlashtirildi.</numerusform>
            <numerusform>%n ta shaxs anonimlashtirildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qaytish::ReturnListsWindow</name>
    <message>
        <source>Final</source>
        <translation>Tasdiqlangan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Yakunlangan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Qoralama</translation>
    </message>
    <message>
        <source>Add cases to the list</source>
        <translation>Roʻyxatga ishlar qoʻshish</translation>
    </message>
    <message>
        <source>&amp;Search by name in any script, passport, PINFL, host reference or case reference:</source>
        <translation>&amp;Istalgan yozuvdagi ism, pasport, JSHSHIR, qabul qiluvchi davlatdagi raqam yoki ish raqami boʻyicha qidirish:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ish</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>F.I.Sh.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tugʻilgan sana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>&amp;Add the chosen cases</source>
        <translation>Tanlangan ishlarni &amp;qoʻshish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Return lists</source>
        <translation>Qaytish roʻyxatlari</translation>
    </message>
    <message>
        <source>&amp;Lists (newest flight first):</source>
        <translation>Roʻyxat&amp;lar (yangi reyslar yuqorida):</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;Yangi roʻyxat</translation>
    </message>
    <message>
        <source>&amp;Flight:</source>
        <translation>&amp;Reys:</translation>
    </message>
    <message>
        <source>Ca&amp;rrier:</source>
        <translation>&amp;Aviakompaniya:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Sana:</translation>
    </message>
    <message>
        <source>Departure &amp;time:</source>
        <translation>Uchish &amp;vaqti:</translation>
    </message>
    <message>
        <source>F&amp;rom (IATA):</source>
        <translation>Qayer&amp;dan (IATA):</translation>
    </message>
    <message>
        <source>&amp;To (IATA):</source>
        <translation>Qayer&amp;ga (IATA):</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Oʻrinlar so&amp;ni:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>koʻrsatilmagan</translation>
    </message>
    <message>
        <source>&amp;Save flight</source>
        <translation>Reysni sa&amp;qlash</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Yoʻlovchilar</translation>
    </message>
    <message>
        <source>Escorts</source>
        <translation>Kuzatib boruvchilar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>F.I.Sh. (lotincha)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>F.I.Sh. (kirillcha)</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Kutib olish</translation>
    </message>
    <message>
        <source>Boarded</source>
        <translation>Bortga chiqdi</translation>
    </message>
    <message>
        <source>&amp;Add cases…</source>
        <translation>&amp;Ishlarni qoʻshish…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off…</source>
        <translation>Roʻyxatdan &amp;chiqarish…</translation>
    </message>
    <message>
        <source>Rece&amp;ption…</source>
        <translation>&amp;Kutib olish…</translation>
    </message>
    <message>
        <source>Boar&amp;ded</source>
        <translation>&amp;Bortga chiqdi</translation>
    </message>
    <message>
        <source>Did n&amp;ot board…</source>
        <translation>Bortga chiq&amp;madi…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vazifa</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Hujjat</translation>
    </message>
    <message>
        <source>Add &amp;escort…</source>
        <translation>&amp;Kuzatib boruvchi qoʻshish…</translation>
    </message>
    <message>
        <source>Remove escort</source>
        <translation>Kuzatib boruvchini olib tashlash</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Muammo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>Ogohlantirishni ch&amp;etlab oʻtish…</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Tasdiqlash</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Qayta &amp;ochish…</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Yak&amp;unlash</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>&amp;Hujjat:</translation>
    </message>
    <message>
        <source>Manifest (carrier, host authorities)</source>
        <translation>Yoʻlovchilar roʻyxati (aviakompaniya, turgan davlat idoralari)</translation>
    </message>
    <message>
        <source>Reception list (authorities at home)</source>
        <translation>Kutib olish roʻyxati (Oʻzbekiston idoralari)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Chop etishdan oldin &amp;koʻrish…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF faylga eksport qilish…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV &amp;faylga eksport qilish…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 – %4
%5, %n passenger(s)</source>
        <translation>
            <numerusform>%1, %2, %3 – %4
%5, %n ta yoʻlovchi</numerusform>
            <numerusform>%1, %2, %3 – %4
%5, %n ta yoʻlovchi</numerusform>
        </translation>
    </message>
    <message>
        <source>Return list %1: %2</source>
        <translation>%1-son qaytish roʻyxati: %2</translation>
    </message>
    <message>
        <source>Create a list with “New list”, or choose one.</source>
        <translation>«Yangi roʻyxat» tugmasi bilan roʻyxat yarating yoki mavjudini tanlang.</translation>
    </message>
    <message>
        <source>(confirmed)</source>
        <translation>(tasdiqlangan)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ha</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>yoʻq: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>yaratildi</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>tasdiqlandi</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>qayta ochildi</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>yakunlandi</translation>
    </message>
    <message>
        <source>HARD STOP</source>
        <translation>QATʼIY TOʻSIQ</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Chetlab oʻtilgan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ogohlantirish</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>%1 chetlab oʻtgan: %2</translation>
    </message>
    <message>
        <source>Check: no hard stops and no warnings.</source>
        <translation>Tekshiruv: qatʼiy toʻsiqlar va ogohlantirishlar yoʻq.</translation>
    </message>
    <message>
        <source>Check: no hard stops; every warning is overridden with a recorded reason.</source>
        <translation>Tekshiruv: qatʼiy toʻsiqlar yoʻq; har bir ogohlantirish qayd etilgan sabab bilan chetlab oʻtilgan.</translation>
    </message>
    <message>
        <source>Check: %1 hard stop(s), which take the person off when the list is finalised and which no reason overrides; %2 warning(s) not overridden. A consul may override a warning with a reason.</source>
        <translation>Tekshiruv: qatʼiy toʻsiqlar soni — %1 (roʻyxat tasdiqlanganda qatʼiy toʻsigʻi bor shaxs roʻyxatdan chiqariladi, qatʼiy toʻsiqni hech qanday sabab bilan chetlab oʻtib boʻlmaydi); chetlab oʻtilmagan ogohlantirishlar soni — %2. Konsul ogohlantirishni sabab koʻrsatib chetlab oʻtishi mumkin.</translation>
    </message>
    <message>
        <source>A hard stop cannot be overridden.</source>
        <translation>Qatʼiy toʻsiqni chetlab oʻtib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Roʻyxatdan chiqarish</translation>
    </message>
    <message>
        <source>Why is the person taken off the list?</source>
        <translation>Shaxs roʻyxatdan qanday sababga koʻra chiqarilmoqda?</translation>
    </message>
    <message>
        <source>Reception in Uzbekistan: %1</source>
        <translation>Oʻzbekistonda kutib olish: %1</translation>
    </message>
    <message>
        <source>The person &amp;agrees that the receiver be contacted</source>
        <translation>Shaxs kutib oluvchi bilan bogʻlanishga &amp;rozi</translation>
    </message>
    <message>
        <source>The receiver (parent or guardianship authority) has &amp;confirmed</source>
        <translation>Kutib oluvchi (ota-ona yoki vasiylik va homiylik organi) tas&amp;diqlagan</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Viloyat:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Tuman:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>&amp;Kutib oluvchi:</translation>
    </message>
    <message>
        <source>Re&amp;lation or body:</source>
        <translation>&amp;Qarindoshligi yoki organ:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>&amp;Aloqa maʼlumotlari:</translation>
    </message>
    <message>
        <source>The contact is printed on the reception list only with the person&apos;s consent; the manifest never shows reception data.</source>
        <translation>Aloqa maʼlumotlari kutib olish roʻyxatida faqat shaxsning roziligi bilan chop etiladi; yoʻlovchilar roʻyxatida kutib olish maʼlumotlari hech qachon koʻrsatilmaydi.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Add an escort</source>
        <translation>Kuzatib boruvchi qoʻshish</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;F.I.Sh.:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vazifa:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Hujjat:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Qoʻshish</translation>
    </message>
    <message>
        <source>Override a warning</source>
        <translation>Ogohlantirishni chetlab oʻtish</translation>
    </message>
    <message>
        <source>%1

Why may the list go ahead despite this warning? The reason is recorded with your name.</source>
        <translation>%1

Nima sababdan roʻyxat ushbu ogohlantirishga qaramay tasdiqlanishi mumkin? Sabab Sizning ismingiz bilan qayd etiladi.</translation>
    </message>
    <message>
        <source>Finalize the list</source>
        <translation>Roʻyxatni tasdiqlash</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a hard stop will be taken off the list. Finalize the list? Its passengers go on the return list.</source>
        <translation>
            <numerusform>Qatʼiy toʻsigʻi bor %n ta shaxs roʻyxatdan chiqariladi. Roʻyxat tasdiqlansinmi? Uning yoʻlovchilari «Qaytish roʻyxatida» holatiga oʻtadi.</numerusform>
            <numerusform>Qatʼiy toʻsigʻi bor %n ta shaxs roʻyxatdan chiqariladi. Roʻyxat tasdiqlansinmi? Uning yoʻlovchilari «Qaytish roʻyxatida» holatiga oʻtadi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalize the list? Its passengers go on the return list, and the list changes only after it is reopened.</source>
        <translation>Roʻyxat tasdiqlansinmi? Uning yoʻlovchilari «Qaytish roʻyxatida» holatiga oʻtadi, roʻyxatni esa faqat qayta ochgandan keyin oʻzgartirish mumkin boʻladi.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Tasdiqlash</translation>
    </message>
    <message>
        <source>The list is not final: override each warning with a reason first.</source>
        <translation>Roʻyxat tasdiqlanmadi: avval har bir ogohlantirishni sabab koʻrsatib chetlab oʻting.</translation>
    </message>
    <message>
        <source>Reopen the list</source>
        <translation>Roʻyxatni qayta ochish</translation>
    </message>
    <message>
        <source>Why is the final list reopened?</source>
        <translation>Tasdiqlangan roʻyxat nima sababdan qayta ochilmoqda?</translation>
    </message>
    <message>
        <source>Did not board</source>
        <translation>Bortga chiqmadi</translation>
    </message>
    <message>
        <source>Why did the person not board? The case goes back to “document issued”.</source>
        <translation>Shaxs nima sababdan bortga chiqmadi? Ish «Hujjat berilgan» holatiga qaytadi.</translation>
    </message>
    <message>
        <source>Export the list as PDF</source>
        <translation>Roʻyxatni PDF faylga eksport qilish</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF hujjatlar (%1)</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Roʻyxatni CSV faylga eksport qilish</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV fayllar (%1)</translation>
    </message>
</context>
<context>
    <name>qaytish::SafetyCopiesDialog</name>
    <message>
        <source>daily copy</source>
        <translation>kundalik nusxa</translation>
    </message>
    <message>
        <source>the register before a restore</source>
        <translation>tiklashdan oldingi reestr</translation>
    </message>
    <message>
        <source>before the upgrade to register version %1</source>
        <translation>reestrni %1-versiyaga yangilashdan oldin</translation>
    </message>
    <message>
        <source>Restore a safety copy</source>
        <translation>Ehtiyot nusxadan tiklash</translation>
    </message>
    <message>
        <source>Safety copies of %1, newest first. Restoring one replaces the register with it; the register as it is now is kept as a safety copy too.</source>
        <translation>%1 ning ehtiyot nusxalari, eng yangilari birinchi. Tiklash reestrni tanlangan nusxa bilan almashtiradi; reestrning hozirgi holati ham ehtiyot nusxa sifatida saqlanadi.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No safety copy of this register exists yet.</source>
        <translation>Bu reestrning ehtiyot nusxalari hali yoʻq.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Tiklash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>the register after the retention period was applied</source>
        <translation>saqlash muddati qoʻllanilgandan keyingi reestr</translation>
    </message>
</context>
<context>
    <name>qaytish::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Tizimga kirish</translation>
    </message>
    <message>
        <source>The window of %1 is locked. Type the password of %2 to go on.</source>
        <translation>%1 oynasi qulflangan. Davom etish uchun %2 parolini kiriting.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts. Sign in with your user name and password.</source>
        <translation>%1 reestrida foydalanuvchi hisoblari bor. Foydalanuvchi nomingiz va parolingiz bilan kiring.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Foydalanuvchi nomi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n soniyadan keyin qayta urinib koʻrish mumkin.</numerusform>
            <numerusform>%n soniyadan keyin qayta urinib koʻrish mumkin.</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator reset your password: choose a new one to sign in.</source>
        <translation>Maʼmur parolingizni tikladi: kirish uchun yangisini tanlang.</translation>
    </message>
</context>
<context>
    <name>qaytish::StatusDialog</name>
    <message>
        <source>The status was not changed</source>
        <translation>Holat oʻzgartirilmadi</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Holatni oʻzgartirish</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Joriy holat: %1</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Yangi holat:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Izoh:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>A case in this status cannot change its status.</source>
        <translation>Bu holatdagi ishning holatini oʻzgartirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Required: give the reason for this step.</source>
        <translation>Majburiy: bu qadam sababini koʻrsating.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Ixtiyoriy.</translation>
    </message>
</context>
<context>
    <name>qaytish::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Foydalanuvchilar</translation>
    </message>
    <message>
        <source>The users of this register and their roles. Accounts are disabled, never deleted: the histories name them.</source>
        <translation>Bu reestr foydalanuvchilari va ularning rollari. Hisoblar oʻchirib qoʻyiladi, lekin hech qachon oʻchirilmaydi: tarixda ularning nomi bor.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Foydalanuvchi nomi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Toʻliq ismi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Foydalanuvchi qoʻshish…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Parolni tiklash…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>oʻchirib qoʻyilgan</translation>
    </message>
    <message>
        <source>active</source>
        <translation>faol</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>parolni almashtirishi kerak</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Yoqish</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Oʻchirib qoʻyish</translation>
    </message>
</context>
<context>
    <name>qaytish::WelcomeView</name>
    <message>
        <source>Welcome to Qaytish</source>
        <translation>Qaytish dasturiga xush kelibsiz</translation>
    </message>
    <message>
        <source>This register holds no cases yet. Record the first case, or try Qaytish on the demo register of fictional cases.</source>
        <translation>Bu reestrda hali ishlar yoʻq. Birinchi ishni qayd eting yoki Qaytish dasturini toʻqima ishlardan iborat namunaviy reestrda sinab koʻring.</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Reestr ochilmagan</translation>
    </message>
    <message>
        <source>Open or create a register from the File menu, or try Qaytish on the demo register of fictional cases.</source>
        <translation>Reestrni «Fayl» menyusi orqali oching yoki yarating. Qaytish dasturini toʻqima ishlardan iborat namunaviy reestrda sinab koʻrishingiz ham mumkin.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Yangi ish</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import qilish…</translation>
    </message>
    <message>
        <source>Open demo register</source>
        <translation>Namunaviy reestrni ochish</translation>
    </message>
    <message>
        <source>A separate register of fictional cases for practice. Your own register is not touched.</source>
        <translation>Mashq qilish uchun toʻqima ishlarning alohida reestri. Sizning ish reestringizga tegilmaydi.</translation>
    </message>
    <message>
        <source>Record a new return case (%1)</source>
        <translation>Yangi qaytish ishini qayd etish (%1)</translation>
    </message>
    <message>
        <source>Import a list of people from a CSV file as new cases.</source>
        <translation>CSV fayldagi shaxslar roʻyxatini yangi ishlar sifatida import qilish.</translation>
    </message>
</context>
</TS>
