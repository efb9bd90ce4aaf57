<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>bulk write</source>
        <translation>bulk write</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>exported or printed</source>
        <translation>exported or printed</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>The cryptography library cannot start.</translation>
    </message>
    <message>
        <source>The audit trail of %1 has no head: the register was changed outside Qaytish. Run “%2”.</source>
        <translation>The audit trail of %1 has no head: the register was changed outside Qaytish. Run “%2”.</translation>
    </message>
    <message>
        <source>%1 is busy: other programs kept writing to its audit trail. Try again.</source>
        <translation>%1 is busy: other programs kept writing to its audit trail. Try again.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was deleted.</source>
        <translation>Entry %1 is missing: it was deleted.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation>Entries %1 to %2 are missing: they were deleted.</translation>
    </message>
    <message>
        <source>Entry 1 does not start the chain: entries before it were removed, or it was replaced.</source>
        <translation>Entry 1 does not start the chain: entries before it were removed, or it was replaced.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was replaced, removed or moved.</source>
        <translation>Entry %1 does not follow entry %2: an entry was replaced, removed or moved.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The head of the audit trail is missing.</source>
        <translation>The head of the audit trail is missing.</translation>
    </message>
    <message>
        <source>Entry %1, the last one written, is missing: it was deleted.</source>
        <translation>Entry %1, the last one written, is missing: it was deleted.</translation>
    </message>
    <message>
        <source>Entries %1 to %2, the last ones written, are missing: they were deleted.</source>
        <translation>Entries %1 to %2, the last ones written, are missing: they were deleted.</translation>
    </message>
    <message>
        <source>Entries after %1 were added outside Qaytish.</source>
        <translation>Entries after %1 were added outside Qaytish.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the head of the audit trail: it was replaced.</source>
        <translation>Entry %1 does not match the head of the audit trail: it was replaced.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>There is not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The sealed backup %1 is incomplete: it ends inside its header. Nothing was restored.</source>
        <translation>The sealed backup %1 is incomplete: it ends inside its header. Nothing was restored.</translation>
    </message>
    <message>
        <source>%1 is not a sealed backup of Qaytish.</source>
        <translation>%1 is not a sealed backup of Qaytish.</translation>
    </message>
    <message>
        <source>The sealed backup %1 was written by a newer version of Qaytish (format %2; this version reads format %3). Restore it with the newer version.</source>
        <translation>The sealed backup %1 was written by a newer version of Qaytish (format %2; this version reads format %3). Restore it with the newer version.</translation>
    </message>
    <message>
        <source>The header of the sealed backup %1 is damaged or was altered. Nothing was restored.</source>
        <translation>The header of the sealed backup %1 is damaged or was altered. Nothing was restored.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is incomplete: it ends before its last part (cut off while it was copied?). Nothing was restored.</source>
        <translation>The sealed backup %1 is incomplete: it ends before its last part (cut off while it was copied?). Nothing was restored.</translation>
    </message>
    <message>
        <source>The sealed backup %1 cannot be opened: the passphrase is wrong, or the beginning of the file was altered or damaged (the two cannot be told apart). Nothing was restored.</source>
        <translation>The sealed backup %1 cannot be opened: the passphrase is wrong, or the beginning of the file was altered or damaged (the two cannot be told apart). Nothing was restored.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged, altered or incomplete: its last part, part %2, does not match its seal (was it cut off while it was copied?). Nothing was restored.</source>
        <translation>The sealed backup %1 is damaged, altered or incomplete: its last part, part %2, does not match its seal (was it cut off while it was copied?). Nothing was restored.</translation>
    </message>
    <message>
        <source>The sealed backup %1 is damaged or was altered: part %2 of it does not match its seal. Nothing was restored.</source>
        <translation>The sealed backup %1 is damaged or was altered: part %2 of it does not match its seal. Nothing was restored.</translation>
    </message>
    <message>
        <source>The sealed backup %1 was altered: there is data after its last part. Nothing was restored.</source>
        <translation>The sealed backup %1 was altered: there is data after its last part. Nothing was restored.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters.</source>
        <translation>The passphrase is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <source>No file was given for the backup.</source>
        <translation>No file was given for the backup.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name inside it.</source>
        <translation>%1 is a folder: give the backup a file name inside it.</translation>
    </message>
    <message>
        <source>%1 is the register itself (or a file of it): a backup must go to another file, best on another disk.</source>
        <translation>%1 is the register itself (or a file of it): a backup must go to another file, best on another disk.</translation>
    </message>
    <message>
        <source>%1 exists already and was left as it is: choose another file name.</source>
        <translation>%1 exists already and was left as it is: choose another file name.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>The cryptography library cannot start.</translation>
    </message>
    <message>
        <source>No temporary file can be made beside the register %1: %2</source>
        <translation>No temporary file can be made beside the register %1: %2</translation>
    </message>
    <message>
        <source>No consistent copy of the register %1 could be made: %2</source>
        <translation>No consistent copy of the register %1 could be made: %2</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>No backup file was given.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a backup of a register.</source>
        <translation>%1 is empty: it is not a backup of a register.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup: its passphrase is needed to restore it.</source>
        <translation>%1 is a sealed backup: its passphrase is needed to restore it.</translation>
    </message>
    <message>
        <source>The folder of the register %1 does not exist.</source>
        <translation>The folder of the register %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>Wheelchair</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Medical escort</source>
        <translation>Medical escort</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Unaccompanied minor</translation>
    </message>
    <message>
        <source>Travel assistance</source>
        <translation>Travel assistance</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Removal order</source>
        <translation>Removal order</translation>
    </message>
    <message>
        <source>Voluntary departure</source>
        <translation>Voluntary departure</translation>
    </message>
    <message>
        <source>Expedited removal</source>
        <translation>Expedited removal</translation>
    </message>
    <message>
        <source>Reinstated removal order</source>
        <translation>Reinstated removal order</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>At large</source>
        <translation>At large</translation>
    </message>
    <message>
        <source>In immigration detention</source>
        <translation>In immigration detention</translation>
    </message>
    <message>
        <source>Wants to return</source>
        <translation>Wants to return</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>Objects to return</source>
        <translation>Objects to return</translation>
    </message>
    <message>
        <source>Identity and citizenship confirmed</source>
        <translation>Identity and citizenship confirmed</translation>
    </message>
    <message>
        <source>No record found</source>
        <translation>No record found</translation>
    </message>
    <message>
        <source>Not a citizen</source>
        <translation>Not a citizen</translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation>More information requested</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Orally</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Electronically</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>A case without an id cannot be updated.</source>
        <translation>A case without an id cannot be updated.</translation>
    </message>
    <message>
        <source>There is no case %1 in the register.</source>
        <translation>There is no case %1 in the register.</translation>
    </message>
    <message>
        <source>The outgoing number of the identity request is missing.</source>
        <translation>The outgoing number of the identity request is missing.</translation>
    </message>
    <message>
        <source>The date of the identity request is missing or not a date.</source>
        <translation>The date of the identity request is missing or not a date.</translation>
    </message>
    <message>
        <source>The date of the identity request is in the future.</source>
        <translation>The date of the identity request is in the future.</translation>
    </message>
    <message>
        <source>Case %1 is %2: reopen it before sending an identity request.</source>
        <translation>Case %1 is %2: reopen it before sending an identity request.</translation>
    </message>
    <message>
        <source>Identity request %1 of %2 sent.</source>
        <translation>Identity request %1 of %2 sent.</translation>
    </message>
    <message>
        <source>“%1” is not a result of an identity check. Use one of: %2.</source>
        <translation>“%1” is not a result of an identity check. Use one of: %2.</translation>
    </message>
    <message>
        <source>The number of the reply is missing.</source>
        <translation>The number of the reply is missing.</translation>
    </message>
    <message>
        <source>The date of the reply is missing or not a date.</source>
        <translation>The date of the reply is missing or not a date.</translation>
    </message>
    <message>
        <source>The date of the reply is in the future.</source>
        <translation>The date of the reply is in the future.</translation>
    </message>
    <message>
        <source>There is no such identity request.</source>
        <translation>There is no such identity request.</translation>
    </message>
    <message>
        <source>The reply (%1) cannot be older than the request (%2).</source>
        <translation>The reply (%1) cannot be older than the request (%2).</translation>
    </message>
    <message>
        <source>Reply %1 of %2: identity confirmed.</source>
        <translation>Reply %1 of %2: identity confirmed.</translation>
    </message>
    <message>
        <source>The date of the interview is missing or not a date.</source>
        <translation>The date of the interview is missing or not a date.</translation>
    </message>
    <message>
        <source>The date of the interview is in the future.</source>
        <translation>The date of the interview is in the future.</translation>
    </message>
    <message>
        <source>Case %1 was anonymised on %2 under the mission&apos;s retention period: it can no longer be changed.</source>
        <translation>Case %1 was anonymised on %2 under the mission&apos;s retention period: it can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>CaseStatusInfo</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identity confirmed</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <source>On a return list</source>
        <translation>On a return list</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>The surname in Latin letters is required.</source>
        <translation>The surname in Latin letters is required.</translation>
    </message>
    <message>
        <source>The surname in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>The surname in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</translation>
    </message>
    <message>
        <source>The given names in Latin letters are required.</source>
        <translation>The given names in Latin letters are required.</translation>
    </message>
    <message>
        <source>The given names in Latin script contain Cyrillic letters. Write them in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>The given names in Latin script contain Cyrillic letters. Write them in Latin letters; the Cyrillic spelling has its own field.</translation>
    </message>
    <message>
        <source>The patronymic in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</source>
        <translation>The patronymic in Latin script contains Cyrillic letters. Write it in Latin letters; the Cyrillic spelling has its own field.</translation>
    </message>
    <message>
        <source>The surname in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>The surname in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</translation>
    </message>
    <message>
        <source>The given names in Cyrillic script contain Latin letters. Write them in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>The given names in Cyrillic script contain Latin letters. Write them in Cyrillic letters; the Latin spelling has its own field.</translation>
    </message>
    <message>
        <source>The patronymic in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</source>
        <translation>The patronymic in Cyrillic script contains Latin letters. Write it in Cyrillic letters; the Latin spelling has its own field.</translation>
    </message>
    <message>
        <source>The sex is required (M or F).</source>
        <translation>The sex is required (M or F).</translation>
    </message>
    <message>
        <source>The sex must be M or F, not &quot;%1&quot;.</source>
        <translation>The sex must be M or F, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The date of birth is required.</source>
        <translation>The date of birth is required.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>The date of birth %1 is in the future.</translation>
    </message>
    <message>
        <source>The date of birth %1 is before 1900: check the year.</source>
        <translation>The date of birth %1 is before 1900: check the year.</translation>
    </message>
    <message>
        <source>The nationality &quot;%1&quot; is not a three-letter ICAO code such as UZB (capital letters A-Z, or &lt; as filler).</source>
        <translation>The nationality &quot;%1&quot; is not a three-letter ICAO code such as UZB (capital letters A-Z, or &lt; as filler).</translation>
    </message>
    <message>
        <source>The passport&apos;s date of issue %1 is in the future.</source>
        <translation>The passport&apos;s date of issue %1 is in the future.</translation>
    </message>
    <message>
        <source>The passport&apos;s expiry date %1 is not after its date of issue %2.</source>
        <translation>The passport&apos;s expiry date %1 is not after its date of issue %2.</translation>
    </message>
    <message>
        <source>The PINFL gives the date of birth %1, but the record says %2. One of them is wrong.</source>
        <translation>The PINFL gives the date of birth %1, but the record says %2. One of them is wrong.</translation>
    </message>
    <message>
        <source>The first digit of the PINFL is that of a man, but the record says the person is a woman.</source>
        <translation>The first digit of the PINFL is that of a man, but the record says the person is a woman.</translation>
    </message>
    <message>
        <source>The first digit of the PINFL is that of a woman, but the record says the person is a man.</source>
        <translation>The first digit of the PINFL is that of a woman, but the record says the person is a man.</translation>
    </message>
    <message>
        <source>The last digit of the PINFL is %1, but the usual check rule gives %2. Compare the number with the document; if it is copied correctly, confirm it (the rule is not official and does not hold for every PINFL).</source>
        <translation>The last digit of the PINFL is %1, but the usual check rule gives %2. Compare the number with the document; if it is copied correctly, confirm it (the rule is not official and does not hold for every PINFL).</translation>
    </message>
    <message>
        <source>The passport number %1 contains Cyrillic letters. Passport numbers are written in Latin letters (AA, not АА): retype the letters.</source>
        <translation>The passport number %1 contains Cyrillic letters. Passport numbers are written in Latin letters (AA, not АА): retype the letters.</translation>
    </message>
    <message>
        <source>%1 does not look like an Uzbek passport number (2 Latin letters and 7 digits, such as AA1234567). Check the number, or set the nationality if the passport is foreign.</source>
        <translation>%1 does not look like an Uzbek passport number (2 Latin letters and 7 digits, such as AA1234567). Check the number, or set the nationality if the passport is foreign.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it is the letter A and 7 to 9 digits, for example A-123-456-789.</source>
        <translation>&quot;%1&quot; is not an A-number: it is the letter A and 7 to 9 digits, for example A-123-456-789.</translation>
    </message>
    <message>
        <source>The entry date %1 is in the future.</source>
        <translation>The entry date %1 is in the future.</translation>
    </message>
    <message>
        <source>The entry date %1 is before the date of birth %2.</source>
        <translation>The entry date %1 is before the date of birth %2.</translation>
    </message>
    <message>
        <source>The stay is marked D/S (duration of status), which has no end date: clear either the admit-until date or the D/S mark.</source>
        <translation>The stay is marked D/S (duration of status), which has no end date: clear either the admit-until date or the D/S mark.</translation>
    </message>
    <message>
        <source>The authorised stay ends on %1, before the entry date %2.</source>
        <translation>The authorised stay ends on %1, before the entry date %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known custody status.</source>
        <translation>&quot;%1&quot; is not a known custody status.</translation>
    </message>
    <message>
        <source>The person is in immigration detention, but no facility is recorded. Enter the facility so that the person can be visited.</source>
        <translation>The person is in immigration detention, but no facility is recorded. Enter the facility so that the person can be visited.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known operational need.</source>
        <translation>&quot;%1&quot; is not a known operational need.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known answer about the wish to return.</source>
        <translation>&quot;%1&quot; is not a known answer about the wish to return.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of order.</source>
        <translation>&quot;%1&quot; is not a known type of order.</translation>
    </message>
    <message>
        <source>Consent to contacting relatives</source>
        <translation>Consent to contacting relatives</translation>
    </message>
    <message>
        <source>Consent to sharing the case with a lawyer</source>
        <translation>Consent to sharing the case with a lawyer</translation>
    </message>
    <message>
        <source>%1 cannot be recorded: the person objects to consular action. Record the end of the objection first.</source>
        <translation>%1 cannot be recorded: the person objects to consular action. Record the end of the objection first.</translation>
    </message>
    <message>
        <source>%1: enter the day it was given.</source>
        <translation>%1: enter the day it was given.</translation>
    </message>
    <message>
        <source>%1: choose the form in which it was given (in writing, orally or electronically).</source>
        <translation>%1: choose the form in which it was given (in writing, orally or electronically).</translation>
    </message>
    <message>
        <source>The objection to consular action: enter the day the person stated it.</source>
        <translation>The objection to consular action: enter the day the person stated it.</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate %1 is “%2” and is not printed again.</source>
        <translation>Certificate %1 is “%2” and is not printed again.</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn.</source>
        <translation>The PDF cannot be drawn.</translation>
    </message>
</context>
<context>
    <name>CertificateRegister</name>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>spoiled blank</source>
        <translation>spoiled blank</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>used for the journey</source>
        <translation>used for the journey</translation>
    </message>
    <message>
        <source>There is no certificate %1 in the register.</source>
        <translation>There is no certificate %1 in the register.</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a certificate is issued only to a case whose identity is confirmed.</source>
        <translation>Case %1 is “%2”: a certificate is issued only to a case whose identity is confirmed.</translation>
    </message>
    <message>
        <source>There is no record confirmed by the authorities at home for case %1: record their reply first.</source>
        <translation>There is no record confirmed by the authorities at home for case %1: record their reply first.</translation>
    </message>
    <message>
        <source>surname (Latin)</source>
        <translation>surname (Latin)</translation>
    </message>
    <message>
        <source>given names (Latin)</source>
        <translation>given names (Latin)</translation>
    </message>
    <message>
        <source>surname (Cyrillic)</source>
        <translation>surname (Cyrillic)</translation>
    </message>
    <message>
        <source>given names (Cyrillic)</source>
        <translation>given names (Cyrillic)</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>The confirmed record lacks what a certificate needs: %1.</source>
        <translation>The confirmed record lacks what a certificate needs: %1.</translation>
    </message>
    <message>
        <source>There is no photo of the person: add one before issuing.</source>
        <translation>There is no photo of the person: add one before issuing.</translation>
    </message>
    <message>
        <source>Give the receipt number of the state duty, or the reason for the exemption.</source>
        <translation>Give the receipt number of the state duty, or the reason for the exemption.</translation>
    </message>
    <message>
        <source>Give either a receipt number or an exemption reason, not both.</source>
        <translation>Give either a receipt number or an exemption reason, not both.</translation>
    </message>
    <message>
        <source>The validity must be %1 to %2 days (one to three months); %3 were asked.</source>
        <translation>The validity must be %1 to %2 days (one to three months); %3 were asked.</translation>
    </message>
    <message>
        <source>Certificate %1 of this person is still valid (until %2): spoil or cancel it, with the reason, before issuing another.</source>
        <translation>Certificate %1 of this person is still valid (until %2): spoil or cancel it, with the reason, before issuing another.</translation>
    </message>
    <message>
        <source>The certificate counter is missing.</source>
        <translation>The certificate counter is missing.</translation>
    </message>
    <message>
        <source>Certificate of Return %1 issued, valid until %2.</source>
        <translation>Certificate of Return %1 issued, valid until %2.</translation>
    </message>
    <message>
        <source>A certificate can be marked only “%1” or “%2”.</source>
        <translation>A certificate can be marked only “%1” or “%2”.</translation>
    </message>
    <message>
        <source>Give the reason why the blank is spoiled.</source>
        <translation>Give the reason why the blank is spoiled.</translation>
    </message>
    <message>
        <source>Give the reason why the certificate is cancelled.</source>
        <translation>Give the reason why the certificate is cancelled.</translation>
    </message>
    <message>
        <source>Certificate %1 is already “%2”: %3</source>
        <translation>Certificate %1 is already “%2”: %3</translation>
    </message>
    <message>
        <source>Certificate %1 spoiled: %2</source>
        <translation>Certificate %1 spoiled: %2</translation>
    </message>
    <message>
        <source>Certificate %1 cancelled: %2</source>
        <translation>Certificate %1 cancelled: %2</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>The record no longer exists in the register.</source>
        <translation>The record no longer exists in the register.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The register file (default: the officer&apos;s register).</source>
        <translation>The register file (default: the officer&apos;s register).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Print JSON (stable keys, never translated).</source>
        <translation>Print JSON (stable keys, never translated).</translation>
    </message>
    <message>
        <source>demo: the number of cases.</source>
        <translation>demo: the number of cases.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: the random seed (same seed, same register).</source>
        <translation>demo: the random seed (same seed, same register).</translation>
    </message>
    <message>
        <source>list: only cases in this status.</source>
        <translation>list: only cases in this status.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>list: names in any script or spelling, passport, PINFL, host reference.</source>
        <translation>list: names in any script or spelling, passport, PINFL, host reference.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>case status: the reason or comment.</source>
        <translation>case status: the reason or comment.</translation>
    </message>
    <message>
        <source>identity request or reply: its number.</source>
        <translation>identity request or reply: its number.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>identity request or reply: its date.</source>
        <translation>identity request or reply: its date.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>qaytish-cli: %1</source>
        <translation>qaytish-cli: %1</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to the command %2.</source>
        <translation>the option --%1 does not apply to the command %2.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>no command given.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init takes no arguments.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>unknown command “%1”.</translation>
    </message>
    <message>
        <source>Created the register %1.</source>
        <translation>Created the register %1.</translation>
    </message>
    <message>
        <source>Upgraded the register %1 from version %2 to %3; the copy from before is %4.</source>
        <translation>Upgraded the register %1 from version %2 to %3; the copy from before is %4.</translation>
    </message>
    <message>
        <source>The register %1 is up to date.</source>
        <translation>The register %1 is up to date.</translation>
    </message>
    <message>
        <source>--cases needs a number from 1 to 10000000.</source>
        <translation>--cases needs a number from 1 to 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed needs a whole number from 0 to 4294967295.</translation>
    </message>
    <message>
        <source>Wrote %1 fictional cases to %2.</source>
        <translation>Wrote %1 fictional cases to %2.</translation>
    </message>
    <message>
        <source>“%1” is not a status. Use one of: %2.</source>
        <translation>“%1” is not a status. Use one of: %2.</translation>
    </message>
    <message>
        <source>--limit needs a number of 0 or more.</source>
        <translation>--limit needs a number of 0 or more.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Name (Latin)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>Name (Cyrillic)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>PINFL</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Host reference</source>
        <translation>Host reference</translation>
    </message>
    <message>
        <source>Authorised stay until</source>
        <translation>Authorised stay until</translation>
    </message>
    <message>
        <source>Days since the authorised stay ended</source>
        <translation>Days since the authorised stay ended</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Custody</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation>Identity request</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>; reply %1 of %2: %3</source>
        <translation>; reply %1 of %2: %3</translation>
    </message>
    <message>
        <source>; no reply yet</source>
        <translation>; no reply yet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>case status needs a case reference and a status code.</source>
        <translation>case status needs a case reference and a status code.</translation>
    </message>
    <message>
        <source>case identity-request needs one case reference.</source>
        <translation>case identity-request needs one case reference.</translation>
    </message>
    <message>
        <source>case identity-reply needs one case reference.</source>
        <translation>case identity-reply needs one case reference.</translation>
    </message>
    <message>
        <source>unknown case subcommand “%1”.</source>
        <translation>unknown case subcommand “%1”.</translation>
    </message>
    <message>
        <source>case %1 needs --%2.</source>
        <translation>case %1 needs --%2.</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date. Write it as 30.04.2025, 30042025 or 2025-04-30.</source>
        <translation>--date: “%1” is not a date. Write it as 30.04.2025, 30042025 or 2025-04-30.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: identity request %2 of %3 logged; status %4.</source>
        <translation>%1: identity request %2 of %3 logged; status %4.</translation>
    </message>
    <message>
        <source>%1: reply %2 of %3 (%4) recorded for request %5; status %6.</source>
        <translation>%1: reply %2 of %3 (%4) recorded for request %5; status %6.</translation>
    </message>
    <message>
        <source>fill a new register with fictional cases (needs %1)</source>
        <translation>fill a new register with fictional cases (needs %1)</translation>
    </message>
    <message>
        <source>list the cases</source>
        <translation>list the cases</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>show one case</translation>
    </message>
    <message>
        <source>move a case to another status</source>
        <translation>move a case to another status</translation>
    </message>
    <message>
        <source>log the identity request sent home</source>
        <translation>log the identity request sent home</translation>
    </message>
    <message>
        <source>record the reply to it</source>
        <translation>record the reply to it</translation>
    </message>
    <message>
        <source>Qaytish: the register of return cases of a consular post.</source>
        <translation>Qaytish: the register of return cases of a consular post.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Status codes: %1.</source>
        <translation>Status codes: %1.</translation>
    </message>
    <message>
        <source>Reply results: %1.</source>
        <translation>Reply results: %1.</translation>
    </message>
    <message>
        <source>Dates: %1.</source>
        <translation>Dates: %1.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 a check says no; 2 usage error, bad input, not found, or a foreign, damaged or newer file; 3 partly done; 4 not logged in or not allowed; 5 the register is busy.</source>
        <translation>Exit codes: 0 done; 1 a check says no; 2 usage error, bad input, not found, or a foreign, damaged or newer file; 3 partly done; 4 not logged in or not allowed; 5 the register is busy.</translation>
    </message>
    <message>
        <source>identity reply: the result, one of %1.</source>
        <translation>identity reply: the result, one of %1.</translation>
    </message>
    <message>
        <source>Run %1 for the commands and options.</source>
        <translation>Run %1 for the commands and options.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; give the number with %2.</source>
        <translation>%1 takes no arguments; give the number with %2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; search with %2.</source>
        <translation>%1 takes no arguments; search with %2.</translation>
    </message>
    <message>
        <source>The demo writes fictional cases and never into the officer&apos;s own register: name a separate file with %1.</source>
        <translation>The demo writes fictional cases and never into the officer&apos;s own register: name a separate file with %1.</translation>
    </message>
    <message>
        <source>%1 needs one case reference, e.g. %2.</source>
        <translation>%1 needs one case reference, e.g. %2.</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 needs a subcommand: %2.</translation>
    </message>
    <message>
        <source>Case %1 has no identity request waiting for a reply: log the request first with %2.</source>
        <translation>Case %1 has no identity request waiting for a reply: log the request first with %2.</translation>
    </message>
    <message>
        <source>read and check a machine readable zone (lines as arguments, or from standard input); exit 1 when a check digit is wrong</source>
        <translation>read and check a machine readable zone (lines as arguments, or from standard input); exit 1 when a check digit is wrong</translation>
    </message>
    <message>
        <source>check and decode a PINFL; exit 1 when its check digit is wrong</source>
        <translation>check and decode a PINFL; exit 1 when its check digit is wrong</translation>
    </message>
    <message>
        <source>Cannot read the standard input.</source>
        <translation>Cannot read the standard input.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, code %2</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>Optional data</translation>
    </message>
    <message>
        <source>Check digit, %1</source>
        <translation>Check digit, %1</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>WRONG: the zone has %1, the rule gives %2</source>
        <translation>WRONG: the zone has %1, the rule gives %2</translation>
    </message>
    <message>
        <source>%1: not a PINFL. %2</source>
        <translation>%1: not a PINFL. %2</translation>
    </message>
    <message>
        <source>check digit correct</source>
        <translation>check digit correct</translation>
    </message>
    <message>
        <source>check digit wrong (the rule gives %1)</source>
        <translation>check digit wrong (the rule gives %1)</translation>
    </message>
    <message>
        <source>its date of birth %1 differs from the zone&apos;s</source>
        <translation>its date of birth %1 differs from the zone&apos;s</translation>
    </message>
    <message>
        <source>its sex %1 differs from the zone&apos;s</source>
        <translation>its sex %1 differs from the zone&apos;s</translation>
    </message>
    <message>
        <source>agrees with the zone&apos;s date of birth and sex</source>
        <translation>agrees with the zone&apos;s date of birth and sex</translation>
    </message>
    <message>
        <source>All check digits are correct.</source>
        <translation>All check digits are correct.</translation>
    </message>
    <message numerus="yes">
        <source>%n check digit(s) wrong: the zone was misread or altered.</source>
        <translation>
            <numerusform>%n check digit wrong: the zone was misread or altered.</numerusform>
            <numerusform>%n check digits wrong: the zone was misread or altered.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs one number, e.g. %2.</source>
        <translation>%1 needs one number, e.g. %2.</translation>
    </message>
    <message>
        <source>The check digit is %1, but the rule gives %2.</source>
        <translation>The check digit is %1, but the rule gives %2.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>The date of birth %1 is in the future.</translation>
    </message>
    <message>
        <source>Century of birth</source>
        <translation>Century of birth</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>District code</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Check digit</translation>
    </message>
    <message>
        <source>WRONG: the rule gives %1</source>
        <translation>WRONG: the rule gives %1</translation>
    </message>
    <message>
        <source>The PINFL is valid.</source>
        <translation>The PINFL is valid.</translation>
    </message>
    <message>
        <source>The PINFL is not valid: %1</source>
        <translation>The PINFL is not valid: %1</translation>
    </message>
    <message>
        <source>import people from a CSV file as new cases</source>
        <translation>import people from a CSV file as new cases</translation>
    </message>
    <message>
        <source>write the cases, or those found, to a CSV file</source>
        <translation>write the cases, or those found, to a CSV file</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (default: auto).</source>
        <translation>import: the file&apos;s encoding (default: auto).</translation>
    </message>
    <message>
        <source>import: the field delimiter (default: auto).</source>
        <translation>import: the field delimiter (default: auto).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>char</translation>
    </message>
    <message>
        <source>import: how dates with slashes are read: %1.</source>
        <translation>import: how dates with slashes are read: %1.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>import: write nothing when any row is rejected.</source>
        <translation>import: write nothing when any row is rejected.</translation>
    </message>
    <message>
        <source>import: check the file and write nothing.</source>
        <translation>import: check the file and write nothing.</translation>
    </message>
    <message>
        <source>%1 needs one file, e.g. %2.</source>
        <translation>%1 needs one file, e.g. %2.</translation>
    </message>
    <message>
        <source>--encoding needs one of: %1.</source>
        <translation>--encoding needs one of: %1.</translation>
    </message>
    <message>
        <source>--delimiter needs one of: %1.</source>
        <translation>--delimiter needs one of: %1.</translation>
    </message>
    <message>
        <source>--date-format needs one of: %1.</source>
        <translation>--date-format needs one of: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: the column “%2” is not known; it was not imported.</source>
        <translation>%1: the column “%2” is not known; it was not imported.</translation>
    </message>
    <message>
        <source>probable duplicate: %1 is also on line %2.</source>
        <translation>probable duplicate: %1 is also on line %2.</translation>
    </message>
    <message>
        <source>probable duplicate: %1 is also in case %2.</source>
        <translation>probable duplicate: %1 is also in case %2.</translation>
    </message>
    <message>
        <source>Checked %1: %2 of %3 rows can be imported; nothing was written.</source>
        <translation>Checked %1: %2 of %3 rows can be imported; nothing was written.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected.</source>
        <translation>Nothing was imported: %1 of %2 rows were rejected.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3 into %4.</source>
        <translation>Imported %1 of %2 rows from %3 into %4.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln case to %1.</numerusform>
            <numerusform>Wrote %Ln cases to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>store the person&apos;s photo from a JPEG or PNG file (centred crop)</source>
        <translation>store the person&apos;s photo from a JPEG or PNG file (centred crop)</translation>
    </message>
    <message>
        <source>issue a Certificate of Return; prints its number</source>
        <translation>issue a Certificate of Return; prints its number</translation>
    </message>
    <message>
        <source>write the certificate as PDF (again, as often as needed)</source>
        <translation>write the certificate as PDF (again, as often as needed)</translation>
    </message>
    <message>
        <source>mark a blank spoiled or a certificate cancelled; it stays in the register</source>
        <translation>mark a blank spoiled or a certificate cancelled; it stays in the register</translation>
    </message>
    <message>
        <source>check a certificate&apos;s QR code; exit 1 when forged, altered, expired or void</source>
        <translation>check a certificate&apos;s QR code; exit 1 when forged, altered, expired or void</translation>
    </message>
    <message>
        <source>list the register of certificates</source>
        <translation>list the register of certificates</translation>
    </message>
    <message>
        <source>write the register of certificates to a CSV file</source>
        <translation>write the register of certificates to a CSV file</translation>
    </message>
    <message>
        <source>write the mission&apos;s public keys for checking QR codes offline</source>
        <translation>write the mission&apos;s public keys for checking QR codes offline</translation>
    </message>
    <message>
        <source>create a return list (a flight manifest) and print its number</source>
        <translation>create a return list (a flight manifest) and print its number</translation>
    </message>
    <message>
        <source>put cases on a draft list</source>
        <translation>put cases on a draft list</translation>
    </message>
    <message>
        <source>take a case off a draft list</source>
        <translation>take a case off a draft list</translation>
    </message>
    <message>
        <source>list the hard stops and warnings; exit 3 when there is any</source>
        <translation>list the hard stops and warnings; exit 3 when there is any</translation>
    </message>
    <message>
        <source>override a warning with the reason (hard stops cannot be overridden)</source>
        <translation>override a warning with the reason (hard stops cannot be overridden)</translation>
    </message>
    <message>
        <source>take the hard stops off and make the list final; the reason overrides the remaining warnings</source>
        <translation>take the hard stops off and make the list final; the reason overrides the remaining warnings</translation>
    </message>
    <message>
        <source>make a final list a draft again</source>
        <translation>make a final list a draft again</translation>
    </message>
    <message>
        <source>after the flight: who boarded, and who did not (with the reason)</source>
        <translation>after the flight: who boarded, and who did not (with the reason)</translation>
    </message>
    <message>
        <source>close a list after the flight</source>
        <translation>close a list after the flight</translation>
    </message>
    <message>
        <source>write the manifest or the reception list as a PDF</source>
        <translation>write the manifest or the reception list as a PDF</translation>
    </message>
    <message>
        <source>write the manifest or the reception list as a CSV file</source>
        <translation>write the manifest or the reception list as a CSV file</translation>
    </message>
    <message>
        <source>show the return lists</source>
        <translation>show the return lists</translation>
    </message>
    <message>
        <source>certificate issue: store this photo first.</source>
        <translation>certificate issue: store this photo first.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>certificate issue: days of validity (default: the mission&apos;s).</source>
        <translation>certificate issue: days of validity (default: the mission&apos;s).</translation>
    </message>
    <message>
        <source>certificate issue: the receipt of the state duty.</source>
        <translation>certificate issue: the receipt of the state duty.</translation>
    </message>
    <message>
        <source>certificate issue: the reason for exemption from the state duty.</source>
        <translation>certificate issue: the reason for exemption from the state duty.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>certificate verify: read the QR code from this image.</source>
        <translation>certificate verify: read the QR code from this image.</translation>
    </message>
    <message>
        <source>certificate verify: the mission&apos;s public key file (default: the register&apos;s keys).</source>
        <translation>certificate verify: the mission&apos;s public key file (default: the register&apos;s keys).</translation>
    </message>
    <message>
        <source>return list: the flight number.</source>
        <translation>return list: the flight number.</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>flight</translation>
    </message>
    <message>
        <source>return list: the airport of departure (IATA code).</source>
        <translation>return list: the airport of departure (IATA code).</translation>
    </message>
    <message>
        <source>return list: the airport of arrival (IATA code).</source>
        <translation>return list: the airport of arrival (IATA code).</translation>
    </message>
    <message>
        <source>return list: the seats for its people.</source>
        <translation>return list: the seats for its people.</translation>
    </message>
    <message>
        <source>return list: the airline.</source>
        <translation>return list: the airline.</translation>
    </message>
    <message>
        <source>return list: the time of departure.</source>
        <translation>return list: the time of departure.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>certificate spoil, cancel; return list: the reason (spoiling, cancelling, overrides, reopening, not boarding, taking off).</source>
        <translation>certificate spoil, cancel; return list: the reason (spoiling, cancelling, overrides, reopening, not boarding, taking off).</translation>
    </message>
    <message>
        <source>return list: %1 or %2.</source>
        <translation>return list: %1 or %2.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>return list: the paper: %1.</source>
        <translation>return list: the paper: %1.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>%1 needs a case reference and an image file.</source>
        <translation>%1 needs a case reference and an image file.</translation>
    </message>
    <message>
        <source>%1: photo stored from %2.</source>
        <translation>%1: photo stored from %2.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 needs %2.</translation>
    </message>
    <message>
        <source>%1 needs the text of the QR code, or %2 and an image.</source>
        <translation>%1 needs the text of the QR code, or %2 and an image.</translation>
    </message>
    <message>
        <source>one case reference</source>
        <translation>one case reference</translation>
    </message>
    <message>
        <source>one certificate number</source>
        <translation>one certificate number</translation>
    </message>
    <message>
        <source>Wrote certificate %1 to %2.</source>
        <translation>Wrote certificate %1 to %2.</translation>
    </message>
    <message>
        <source>%1: %2 (%3).</source>
        <translation>%1: %2 (%3).</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>no arguments</translation>
    </message>
    <message>
        <source>one file</source>
        <translation>one file</translation>
    </message>
    <message>
        <source>“%1” is not a certificate status. Use one of: %2.</source>
        <translation>“%1” is not a certificate status. Use one of: %2.</translation>
    </message>
    <message>
        <source>Wrote the register of certificates to %1.</source>
        <translation>Wrote the register of certificates to %1.</translation>
    </message>
    <message>
        <source>Wrote %1 public keys of the mission to %2.</source>
        <translation>Wrote %1 public keys of the mission to %2.</translation>
    </message>
    <message>
        <source>unknown certificate subcommand “%1”; use one of: %2.</source>
        <translation>unknown certificate subcommand “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>%1 needs a number of days from %2 to %3.</source>
        <translation>%1 needs a number of days from %2 to %3.</translation>
    </message>
    <message>
        <source>give either %1 or %2.</source>
        <translation>give either %1 or %2.</translation>
    </message>
    <message>
        <source>qaytish-cli: %1: %2</source>
        <translation>qaytish-cli: %1: %2</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>It expired on %1.</translation>
    </message>
    <message>
        <source>The register records it as “%1”: %2</source>
        <translation>The register records it as “%1”: %2</translation>
    </message>
    <message>
        <source>HARD STOP</source>
        <translation>HARD STOP</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>overridden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>(overridden by %1: %2)</source>
        <translation>(overridden by %1: %2)</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 needs a command: %2.</translation>
    </message>
    <message>
        <source>unknown command “%1 %2”; the commands are: %3.</source>
        <translation>unknown command “%1 %2”; the commands are: %3.</translation>
    </message>
    <message>
        <source>%1 is written: %2.</source>
        <translation>%1 is written: %2.</translation>
    </message>
    <message>
        <source>%1 needs a date such as %2.</source>
        <translation>%1 needs a date such as %2.</translation>
    </message>
    <message>
        <source>%1 needs a number of seats, 1 or more.</source>
        <translation>%1 needs a number of seats, 1 or more.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>Took %1 off the list.</source>
        <translation>Took %1 off the list.</translation>
    </message>
    <message>
        <source>The list has no problems.</source>
        <translation>The list has no problems.</translation>
    </message>
    <message>
        <source>Overrode “%1”.</source>
        <translation>Overrode “%1”.</translation>
    </message>
    <message>
        <source>taken off the list: %1</source>
        <translation>taken off the list: %1</translation>
    </message>
    <message>
        <source>qaytish-cli: the list was not finalised: override each warning, or give the reason for all of them with %1.</source>
        <translation>qaytish-cli: the list was not finalised: override each warning, or give the reason for all of them with %1.</translation>
    </message>
    <message numerus="yes">
        <source>The list is final: %Ln passenger(s).</source>
        <translation>
            <numerusform>The list is final: %Ln passenger.</numerusform>
            <numerusform>The list is final: %Ln passengers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is a draft again.</source>
        <translation>The list is a draft again.</translation>
    </message>
    <message>
        <source>%1 boarded.</source>
        <translation>%1 boarded.</translation>
    </message>
    <message>
        <source>%1 did not board.</source>
        <translation>%1 did not board.</translation>
    </message>
    <message>
        <source>The list is completed.</source>
        <translation>The list is completed.</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 needs one of: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln passenger(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln passenger to %1.</numerusform>
            <numerusform>Wrote %Ln passengers to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>count the cases by status and by condition, as the register window&apos;s dashboard does</source>
        <translation>count the cases by status and by condition, as the register window&apos;s dashboard does</translation>
    </message>
    <message>
        <source>Conditions: %1 (an identity check waiting longer than the mission&apos;s setting), %2 (an open case&apos;s travel document expiring within the mission&apos;s window), %3 (on a draft or final return list).</source>
        <translation>Conditions: %1 (an identity check waiting longer than the mission&apos;s setting), %2 (an open case&apos;s travel document expiring within the mission&apos;s window), %3 (on a draft or final return list).</translation>
    </message>
    <message>
        <source>list: only cases in this condition.</source>
        <translation>list: only cases in this condition.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 takes no arguments.</translation>
    </message>
    <message>
        <source>“%1” is not a condition. Use one of: %2.</source>
        <translation>“%1” is not a condition. Use one of: %2.</translation>
    </message>
    <message>
        <source>%1 takes no arguments; name the register with %2.</source>
        <translation>%1 takes no arguments; name the register with %2.</translation>
    </message>
    <message>
        <source>%1: a sound register (schema version %2; full check).</source>
        <translation>%1: a sound register (schema version %2; full check).</translation>
    </message>
    <message>
        <source>%1: a sound register (schema version %2; quick check; %3 reads every index too).</source>
        <translation>%1: a sound register (schema version %2; quick check; %3 reads every index too).</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore the register from a backup, or copy what can still be read into a new register.</source>
        <translation>Nothing was changed. Restore the register from a backup, or copy what can still be read into a new register.</translation>
    </message>
    <message>
        <source>create the register, or upgrade it (idempotent); with an administrator (password from %1 or standard input) it gets user accounts</source>
        <translation>create the register, or upgrade it (idempotent); with an administrator (password from %1 or standard input) it gets user accounts</translation>
    </message>
    <message>
        <source>add a user; the new password is the next line of standard input</source>
        <translation>add a user; the new password is the next line of standard input</translation>
    </message>
    <message>
        <source>show the users and their roles</source>
        <translation>show the users and their roles</translation>
    </message>
    <message>
        <source>change your own password, or (administrator) reset another user&apos;s, who must change it at the next sign-in; the new password is the next line of standard input</source>
        <translation>change your own password, or (administrator) reset another user&apos;s, who must change it at the next sign-in; the new password is the next line of standard input</translation>
    </message>
    <message>
        <source>disable or enable an account</source>
        <translation>disable or enable an account</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Roles: %1.</translation>
    </message>
    <message>
        <source>A register with user accounts needs %1 and the password, from %2 or the first line of standard input.</source>
        <translation>A register with user accounts needs %1 and the password, from %2 or the first line of standard input.</translation>
    </message>
    <message>
        <source>The user signing in; in a register without accounts, the acting officer (default: the system user).</source>
        <translation>The user signing in; in a register without accounts, the acting officer (default: the system user).</translation>
    </message>
    <message>
        <source>init: the register&apos;s first user, its administrator.</source>
        <translation>init: the register&apos;s first user, its administrator.</translation>
    </message>
    <message>
        <source>init: a register without user accounts, which asks for no sign-in.</source>
        <translation>init: a register without user accounts, which asks for no sign-in.</translation>
    </message>
    <message>
        <source>user add: a role, one of %1 (repeat it for several).</source>
        <translation>user add: a role, one of %1 (repeat it for several).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>init, user add: the user&apos;s full name.</source>
        <translation>init, user add: the user&apos;s full name.</translation>
    </message>
    <message>
        <source>%1 and %2 exclude each other.</source>
        <translation>%1 and %2 exclude each other.</translation>
    </message>
    <message>
        <source>No password was given for the administrator %1: set %2 or write it on a line of standard input.</source>
        <translation>No password was given for the administrator %1: set %2 or write it on a line of standard input.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts already: add users with %2.</source>
        <translation>The register %1 has user accounts already: add users with %2.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts now: %2 is its administrator, with every role.</source>
        <translation>The register %1 has user accounts now: %2 is its administrator, with every role.</translation>
    </message>
    <message>
        <source>The register %1 stays without user accounts: it asks for no sign-in.</source>
        <translation>The register %1 stays without user accounts: it asks for no sign-in.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts: give %2 and the password (in %3, or on a line of standard input).</source>
        <translation>The register %1 has user accounts: give %2 and the password (in %3, or on a line of standard input).</translation>
    </message>
    <message>
        <source>No password was given for %1: set %2 or write it on a line of standard input.</source>
        <translation>No password was given for %1: set %2 or write it on a line of standard input.</translation>
    </message>
    <message>
        <source>An administrator reset the password of %1: choose a new one first with %2.</source>
        <translation>An administrator reset the password of %1: choose a new one first with %2.</translation>
    </message>
    <message>
        <source>unknown user subcommand “%1”.</source>
        <translation>unknown user subcommand “%1”.</translation>
    </message>
    <message>
        <source>%1 needs one user name.</source>
        <translation>%1 needs one user name.</translation>
    </message>
    <message>
        <source>“%1” is not a role. Use one of: %2.</source>
        <translation>“%1” is not a role. Use one of: %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one %2.</source>
        <translation>%1 needs at least one %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>The account %1 is enabled.</translation>
    </message>
    <message>
        <source>No new password was given: write it on the next line of standard input.</source>
        <translation>No new password was given: write it on the next line of standard input.</translation>
    </message>
    <message>
        <source>Added the user %1 (%2).</source>
        <translation>Added the user %1 (%2).</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>The password of %1 is changed.</translation>
    </message>
    <message>
        <source>The password of %1 is reset; it must be changed at the next sign-in.</source>
        <translation>The password of %1 is reset; it must be changed at the next sign-in.</translation>
    </message>
    <message>
        <source>check that the register is sound, without changing it (%1 reads every index too); exit 0 when it is, 2 when it is damaged or not a register</source>
        <translation>check that the register is sound, without changing it (%1 reads every index too); exit 0 when it is, 2 when it is damaged or not a register</translation>
    </message>
    <message>
        <source>%1: run SQLite&apos;s %2, which reads every index too, instead of %3.</source>
        <translation>%1: run SQLite&apos;s %2, which reads every index too, instead of %3.</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 is damaged:</translation>
    </message>
    <message>
        <source>check the audit trail&apos;s hash chain; exit 1 when an entry was changed, deleted or moved</source>
        <translation>check the audit trail&apos;s hash chain; exit 1 when an entry was changed, deleted or moved</translation>
    </message>
    <message>
        <source>show the audit trail, newest first (the values only to officers and consuls)</source>
        <translation>show the audit trail, newest first (the values only to officers and consuls)</translation>
    </message>
    <message>
        <source>list the persons whose cases are past the mission&apos;s retention period, or anonymise them (administrator)</source>
        <translation>list the persons whose cases are past the mission&apos;s retention period, or anonymise them (administrator)</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <source>unknown audit subcommand “%1”.</source>
        <translation>unknown audit subcommand “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the audit trail is intact (%n entries; last hash %2).</source>
        <translation>
            <numerusform>%1: the audit trail is intact (%n entry; last hash %2).</numerusform>
            <numerusform>%1: the audit trail is intact (%n entries; last hash %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail of %1 was tampered with:</source>
        <translation>the audit trail of %1 was tampered with:</translation>
    </message>
    <message>
        <source>unknown action “%1”; the actions are %2.</source>
        <translation>unknown action “%1”; the actions are %2.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (e.g. %3).</source>
        <translation>--%1: “%2” is not a date (e.g. %3).</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>(values hidden)</source>
        <translation>(values hidden)</translation>
    </message>
    <message>
        <source>(values erased)</source>
        <translation>(values erased)</translation>
    </message>
    <message>
        <source>unknown retention subcommand “%1”.</source>
        <translation>unknown retention subcommand “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be anonymised.</source>
        <translation>
            <numerusform>%n person would be anonymised.</numerusform>
            <numerusform>%n persons would be anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from each:</source>
        <translation>Removed from each:</translation>
    </message>
    <message>
        <source>Kept: the cases, their dates and statuses, sex, nationality.</source>
        <translation>Kept: the cases, their dates and statuses, sex, nationality.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n person anonymised.</numerusform>
            <numerusform>%n persons anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: print at most this many.</source>
        <translation>%1: print at most this many.</translation>
    </message>
    <message>
        <source>%1: only what this user did.</source>
        <translation>%1: only what this user did.</translation>
    </message>
    <message>
        <source>%1: only this action, one of %2.</source>
        <translation>%1: only this action, one of %2.</translation>
    </message>
    <message>
        <source>%1: only entries about this case&apos;s person.</source>
        <translation>%1: only entries about this case&apos;s person.</translation>
    </message>
    <message>
        <source>%1: from this day on.</source>
        <translation>%1: from this day on.</translation>
    </message>
    <message>
        <source>%1: up to this day.</source>
        <translation>%1: up to this day.</translation>
    </message>
    <message>
        <source>%1 must be a positive number.</source>
        <translation>%1 must be a positive number.</translation>
    </message>
    <message>
        <source>write everything the register holds about the person of the case (a subject-access request): a PDF report, or JSON by the file&apos;s extension; the export is recorded in the audit trail</source>
        <translation>write everything the register holds about the person of the case (a subject-access request): a PDF report, or JSON by the file&apos;s extension; the export is recorded in the audit trail</translation>
    </message>
    <message>
        <source>write a consistent copy of the whole register to FILE (administrator); with %1 it is sealed with the passphrase on the next line of standard input</source>
        <translation>write a consistent copy of the whole register to FILE (administrator); with %1 it is sealed with the passphrase on the next line of standard input</translation>
    </message>
    <message>
        <source>replace the register by a backup after checking the whole of it; the register as it was is kept as a safety copy (administrator, when the register has accounts)</source>
        <translation>replace the register by a backup after checking the whole of it; the register as it was is kept as a safety copy (administrator, when the register has accounts)</translation>
    </message>
    <message>
        <source>certificate pdf, public-key; return-list pdf, csv; subject-access: the file to write.</source>
        <translation>certificate pdf, public-key; return-list pdf, csv; subject-access: the file to write.</translation>
    </message>
    <message>
        <source>return list, subject-access: the language of the PDF: %1.</source>
        <translation>return list, subject-access: the language of the PDF: %1.</translation>
    </message>
    <message>
        <source>backup, restore: the backup&apos;s passphrase is the next line of standard input (after the sign-in password when that comes from there too).</source>
        <translation>backup, restore: the backup&apos;s passphrase is the next line of standard input (after the sign-in password when that comes from there too).</translation>
    </message>
    <message>
        <source>backup: replace FILE when it exists.</source>
        <translation>backup: replace FILE when it exists.</translation>
    </message>
    <message>
        <source>%1 needs one file to write: %2.</source>
        <translation>%1 needs one file to write: %2.</translation>
    </message>
    <message>
        <source>No passphrase was given for the backup %1: write it on the next line of standard input.</source>
        <translation>No passphrase was given for the backup %1: write it on the next line of standard input.</translation>
    </message>
    <message>
        <source>Give %1 to replace it.</source>
        <translation>Give %1 to replace it.</translation>
    </message>
    <message>
        <source>The register %1 was backed up to %2, sealed with the passphrase (%3 bytes).</source>
        <translation>The register %1 was backed up to %2, sealed with the passphrase (%3 bytes).</translation>
    </message>
    <message>
        <source>The register %1 was backed up to %2, not sealed: anyone who has the file can read it (%3 bytes).</source>
        <translation>The register %1 was backed up to %2, not sealed: anyone who has the file can read it (%3 bytes).</translation>
    </message>
    <message>
        <source>%1 needs one backup file: %2.</source>
        <translation>%1 needs one backup file: %2.</translation>
    </message>
    <message>
        <source>%1 is a sealed backup: its passphrase is needed. Give %2 and write the passphrase on the next line of standard input.</source>
        <translation>%1 is a sealed backup: its passphrase is needed. Give %2 and write the passphrase on the next line of standard input.</translation>
    </message>
    <message>
        <source>The register %1 was made from the backup %2.</source>
        <translation>The register %1 was made from the backup %2.</translation>
    </message>
    <message>
        <source>The register %1 was restored from the backup %2. The register as it was is kept as %3.</source>
        <translation>The register %1 was restored from the backup %2. The register as it was is kept as %3.</translation>
    </message>
    <message>
        <source>Wrote everything about the person of case %1 to %2.</source>
        <translation>Wrote everything about the person of case %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s); cases returned or closed before %1.</source>
        <translation>
            <numerusform>Retention period: %n year; cases returned or closed before %1.</numerusform>
            <numerusform>Retention period: %n years; cases returned or closed before %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The row has %1 fields, but the header has %2.</source>
        <translation>The row has %1 fields, but the header has %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 30.04.2025 or 2025-04-30).</source>
        <translation>“%1” is not a date (write 30.04.2025 or 2025-04-30).</translation>
    </message>
    <message>
        <source>“%1” has no comma between the surname and the given names.</source>
        <translation>“%1” has no comma between the surname and the given names.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>The file writes dates with slashes (“%1” on line %2), which can be read day first or month first. Nothing was imported: choose the date format (%3, %4 or %5).</source>
        <translation>The file writes dates with slashes (“%1” on line %2), which can be read day first or month first. Nothing was imported: choose the date format (%3, %4 or %5).</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header line with column names.</source>
        <translation>%1 is empty: there is no header line with column names.</translation>
    </message>
    <message>
        <source>No column of the first line of %1 is known (surname, given names, date of birth, ...): it has no recognisable header.</source>
        <translation>No column of the first line of %1 is known (surname, given names, date of birth, ...): it has no recognisable header.</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Surname (Latin)</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Given names (Latin)</translation>
    </message>
    <message>
        <source>Patronymic (Latin)</source>
        <translation>Patronymic (Latin)</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Surname (Cyrillic)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Given names (Cyrillic)</translation>
    </message>
    <message>
        <source>Patronymic (Cyrillic)</source>
        <translation>Patronymic (Cyrillic)</translation>
    </message>
    <message>
        <source>Surname, given names (one column)</source>
        <translation>Surname, given names (one column)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Passport expiry date</source>
        <translation>Passport expiry date</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>PINFL</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A-number</translation>
    </message>
    <message>
        <source>Visa class</source>
        <translation>Visa class</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <source>Authorised stay until</source>
        <translation>Authorised stay until</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Phone (contact abroad)</source>
        <translation>Phone (contact abroad)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Case reference (not imported)</source>
        <translation>Case reference (not imported)</translation>
    </message>
    <message>
        <source>Status (not imported)</source>
        <translation>Status (not imported)</translation>
    </message>
    <message>
        <source>“%1” can be read day first or month first: choose the date format.</source>
        <translation>“%1” can be read day first or month first: choose the date format.</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Imported from %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>PINFL %1</source>
        <translation>PINFL %1</translation>
    </message>
    <message>
        <source>passport number %1</source>
        <translation>passport number %1</translation>
    </message>
    <message>
        <source>the date of birth and the name of %1</source>
        <translation>the date of birth and the name of %1</translation>
    </message>
    <message>
        <source>Exported by (not imported)</source>
        <translation>Exported by (not imported)</translation>
    </message>
    <message>
        <source>Exported at (not imported)</source>
        <translation>Exported at (not imported)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data). Choose a CSV file.</source>
        <translation>This is not a text file (it holds binary data). Choose a CSV file.</translation>
    </message>
    <message>
        <source>The file holds binary data after line %1: it is not a CSV file.</source>
        <translation>The file holds binary data after line %1: it is not a CSV file.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote character (&quot;) is missing.</source>
        <translation>A quoted field that starts on line %1 is never closed: a quote character (&quot;) is missing.</translation>
    </message>
    <message>
        <source>The record that starts on line %1 is longer than %2 million characters; a quote character (&quot;) is probably missing.</source>
        <translation>The record that starts on line %1 is longer than %2 million characters; a quote character (&quot;) is probably missing.</translation>
    </message>
    <message>
        <source>The file is in %1, which the import does not read. Save it as CSV in %2 or %3.</source>
        <translation>The file is in %1, which the import does not read. Save it as CSV in %2 or %3.</translation>
    </message>
    <message>
        <source>The encoding of the file is not known: it is neither %1 nor %2. Save it as CSV in %1.</source>
        <translation>The encoding of the file is not known: it is neither %1 nor %2. Save it as CSV in %1.</translation>
    </message>
    <message>
        <source>The file is not valid %1 near line %2. If it comes from an older spreadsheet, choose the encoding %3.</source>
        <translation>The file is not valid %1 near line %2. If it comes from an older spreadsheet, choose the encoding %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 is busy: another Qaytish window or program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>The register %1 is busy: another Qaytish window or program is writing to it. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>The register %1 is damaged and cannot be read (%2). Restore it from a backup or open another register.</source>
        <translation>The register %1 is damaged and cannot be read (%2). Restore it from a backup or open another register.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>The disk that holds %1 is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <source>The register %1 refused a value: %2.</source>
        <translation>The register %1 refused a value: %2.</translation>
    </message>
    <message>
        <source>Unexpected database error in %1: %2</source>
        <translation>Unexpected database error in %1: %2</translation>
    </message>
    <message>
        <source>No register file was given.</source>
        <translation>No register file was given.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file. Choose a file inside it or another file.</source>
        <translation>%1 is a folder, not a register file. Choose a file inside it or another file.</translation>
    </message>
    <message>
        <source>The register %1 cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>The register %1 cannot be read: %2. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>%1 is not a Qaytish register: it is not a database file at all. It was left unchanged.</source>
        <translation>%1 is not a Qaytish register: it is not a database file at all. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Qaytish register. It was left unchanged.</source>
        <translation>%1 is a database of another application, not a Qaytish register. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: open it with the newer version.</source>
        <translation>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: open it with the newer version.</translation>
    </message>
    <message>
        <source>The register %1 is read-only. Copy it to a folder you may write to, or ask for write permission.</source>
        <translation>The register %1 is read-only. Copy it to a folder you may write to, or ask for write permission.</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>The register %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish. It was left unchanged: open it with the newer version.</source>
        <translation>%1 was written by a newer version of Qaytish. It was left unchanged: open it with the newer version.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 is missing from this build.</translation>
    </message>
    <message>
        <source>The register %1 cannot be written or read (%2). Nothing was changed. Check that the file and its folder may be written to and that the disk has free space.</source>
        <translation>The register %1 cannot be written or read (%2). Nothing was changed. Check that the file and its folder may be written to and that the disk has free space.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo cases must be at least 1.</source>
        <translation>The number of demo cases must be at least 1.</translation>
    </message>
    <message>
        <source>The register %1 already holds cases. Demo cases are only written to a new, empty register.</source>
        <translation>The register %1 already holds cases. Demo cases are only written to a new, empty register.</translation>
    </message>
    <message>
        <source>Left the country on their own.</source>
        <translation>Left the country on their own.</translation>
    </message>
    <message>
        <source>Found to be a citizen of another country.</source>
        <translation>Found to be a citizen of another country.</translation>
    </message>
    <message>
        <source>Legal status granted by the host country.</source>
        <translation>Legal status granted by the host country.</translation>
    </message>
    <message>
        <source>Demo record: a fictional person.</source>
        <translation>Demo record: a fictional person.</translation>
    </message>
    <message>
        <source>Identity request %1 sent.</source>
        <translation>Identity request %1 sent.</translation>
    </message>
    <message>
        <source>Cancelled: no demo case was written.</source>
        <translation>Cancelled: no demo case was written.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same PINFL</source>
        <translation>same PINFL</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>same passport number</translation>
    </message>
    <message>
        <source>same date of birth and a matching name</source>
        <translation>same date of birth and a matching name</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 was not kept, because its export could not be recorded in the audit trail: %2</source>
        <translation>%1 was not kept, because its export could not be recorded in the audit trail: %2</translation>
    </message>
</context>
<context>
    <name>MissionSettingsStore</name>
    <message>
        <source>The document number prefix must be 1 to 8 capital Latin letters or digits.</source>
        <translation>The document number prefix must be 1 to 8 capital Latin letters or digits.</translation>
    </message>
    <message>
        <source>The validity of a certificate must be %1 to %2 days (one to three months).</source>
        <translation>The validity of a certificate must be %1 to %2 days (one to three months).</translation>
    </message>
    <message>
        <source>The passport margin must be 0 to 365 days.</source>
        <translation>The passport margin must be 0 to 365 days.</translation>
    </message>
    <message>
        <source>The stored photo must be 200 × 250 to 2000 × 2600 pixels.</source>
        <translation>The stored photo must be 200 × 250 to 2000 × 2600 pixels.</translation>
    </message>
    <message>
        <source>The smallest accepted photo must be at least 100 × 130 pixels.</source>
        <translation>The smallest accepted photo must be at least 100 × 130 pixels.</translation>
    </message>
    <message>
        <source>The days after which an identity check is overdue must be 1 to 3650.</source>
        <translation>The days after which an identity check is overdue must be 1 to 3650.</translation>
    </message>
    <message>
        <source>The mission&apos;s name is needed in Uzbek and in Russian.</source>
        <translation>The mission&apos;s name is needed in Uzbek and in Russian.</translation>
    </message>
    <message>
        <source>The document title is needed in Uzbek and in Russian.</source>
        <translation>The document title is needed in Uzbek and in Russian.</translation>
    </message>
    <message>
        <source>English on documents needs the mission&apos;s name and the document title in English.</source>
        <translation>English on documents needs the mission&apos;s name and the document title in English.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as %1.</source>
        <translation>The currency must be a three-letter code such as %1.</translation>
    </message>
    <message>
        <source>The paper size must be %1 or %2.</source>
        <translation>The paper size must be %1 or %2.</translation>
    </message>
    <message>
        <source>The consular fee for an adult must be an amount such as 60 or 60.00.</source>
        <translation>The consular fee for an adult must be an amount such as 60 or 60.00.</translation>
    </message>
    <message>
        <source>The consular fee for a minor must be an amount such as 10 or 10.00.</source>
        <translation>The consular fee for a minor must be an amount such as 10 or 10.00.</translation>
    </message>
    <message>
        <source>The days before a travel document expires that it is counted as expiring must be 1 to 365.</source>
        <translation>The days before a travel document expires that it is counted as expiring must be 1 to 365.</translation>
    </message>
    <message>
        <source>The daily safety copies kept must be 1 to 60.</source>
        <translation>The daily safety copies kept must be 1 to 60.</translation>
    </message>
    <message>
        <source>The retention period must be 1 to 30 years.</source>
        <translation>The retention period must be 1 to 30 years.</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>Line %1, position %2: %3 cannot stand in a machine readable zone, which has only A-Z, 0-9 and &lt;.</source>
        <translation>Line %1, position %2: %3 cannot stand in a machine readable zone, which has only A-Z, 0-9 and &lt;.</translation>
    </message>
    <message numerus="yes">
        <source>A machine readable zone has 2 lines (passport) or 3 lines (identity card), but %n line(s) were given.</source>
        <translation>
            <numerusform>A machine readable zone has 2 lines (passport) or 3 lines (identity card), but %n line was given.</numerusform>
            <numerusform>A machine readable zone has 2 lines (passport) or 3 lines (identity card), but %n lines were given.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 has %2 characters, but a line of a machine readable zone has 44 (passport, TD3), 36 (TD2) or 30 (identity card, TD1).</source>
        <translation>Line %1 has %2 characters, but a line of a machine readable zone has 44 (passport, TD3), 36 (TD2) or 30 (identity card, TD1).</translation>
    </message>
    <message>
        <source>Line %1 has %2 characters, but line 1 has %3: all lines of a machine readable zone have the same length.</source>
        <translation>Line %1 has %2 characters, but line 1 has %3: all lines of a machine readable zone have the same length.</translation>
    </message>
    <message>
        <source>A machine readable zone of 3 lines is an identity card (TD1) with 30 characters a line, but line 1 has %1.</source>
        <translation>A machine readable zone of 3 lines is an identity card (TD1) with 30 characters a line, but line 1 has %1.</translation>
    </message>
    <message>
        <source>Lines of 30 characters are an identity card zone (TD1), which has 3 lines, but 2 were given.</source>
        <translation>Lines of 30 characters are an identity card zone (TD1), which has 3 lines, but 2 were given.</translation>
    </message>
    <message>
        <source>Line %1, positions %2-%3: the %4 “%5” is not a date (YYMMDD).</source>
        <translation>Line %1, positions %2-%3: the %4 “%5” is not a date (YYMMDD).</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>date of expiry</source>
        <translation>date of expiry</translation>
    </message>
    <message>
        <source>Line %1, position %2: the sex is M, F, X or &lt;, not %3.</source>
        <translation>Line %1, position %2: the sex is M, F, X or &lt;, not %3.</translation>
    </message>
    <message>
        <source>No machine readable zone was given: it has 2 or 3 lines of A-Z, 0-9 and &lt;.</source>
        <translation>No machine readable zone was given: it has 2 or 3 lines of A-Z, 0-9 and &lt;.</translation>
    </message>
    <message>
        <source>Line 1, position 1: “V” is a visa. Qaytish reads the zones of passports and identity cards (TD3, TD2, TD1), not of visas.</source>
        <translation>Line 1, position 1: “V” is a visa. Qaytish reads the zones of passports and identity cards (TD3, TD2, TD1), not of visas.</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>personal number</translation>
    </message>
    <message>
        <source>composite (whole zone)</source>
        <translation>composite (whole zone)</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>The password is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The password must not be the user&apos;s name.</source>
        <translation>The password must not be the user&apos;s name.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>The cryptography library cannot start.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>There is not enough memory to protect the password.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 may not do this: it needs the %2 role.</source>
        <translation>%1 may not do this: it needs the %2 role.</translation>
    </message>
    <message>
        <source>%1 may not do this: it needs one of the roles %2.</source>
        <translation>%1 may not do this: it needs one of the roles %2.</translation>
    </message>
    <message>
        <source>This register has user accounts: sign in first.</source>
        <translation>This register has user accounts: sign in first.</translation>
    </message>
    <message>
        <source>The user %1 is not an account of this register: sign in again.</source>
        <translation>The user %1 is not an account of this register: sign in again.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>The account %1 is disabled: ask an administrator.</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>consul</source>
        <translation>consul</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>PersonLinks</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>Case %1 does not exist.</translation>
    </message>
    <message>
        <source>A person can only be linked with another person.</source>
        <translation>A person can only be linked with another person.</translation>
    </message>
</context>
<context>
    <name>PersonPhotoStore</name>
    <message>
        <source>The case is not in the register.</source>
        <translation>The case is not in the register.</translation>
    </message>
    <message>
        <source>The photo is not a JPEG image.</source>
        <translation>The photo is not a JPEG image.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>%1 is not a JPEG or PNG image.</source>
        <translation>%1 is not a JPEG or PNG image.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 cannot be read as an image: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>The photo is too small: the face area is %1 × %2 pixels; at least %3 × %4 are needed. Use a sharper photo or zoom out.</source>
        <translation>The photo is too small: the face area is %1 × %2 pixels; at least %3 × %4 are needed. Use a sharper photo or zoom out.</translation>
    </message>
    <message>
        <source>The crop lies outside the photo.</source>
        <translation>The crop lies outside the photo.</translation>
    </message>
    <message>
        <source>The photo cannot be encoded: %1</source>
        <translation>The photo cannot be encoded: %1</translation>
    </message>
</context>
<context>
    <name>Pinfl</name>
    <message>
        <source>The PINFL may contain only digits, but character %1 is &quot;%2&quot;.</source>
        <translation>The PINFL may contain only digits, but character %1 is &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>A PINFL has 14 digits, but %n digit(s) were entered.</source>
        <translation>
            <numerusform>A PINFL has 14 digits, but %n digit was entered.</numerusform>
            <numerusform>A PINFL has 14 digits, but %n digits were entered.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first digit of a PINFL gives the century of birth and the sex and must be 1 to 6, but it is %1.</source>
        <translation>The first digit of a PINFL gives the century of birth and the sex and must be 1 to 6, but it is %1.</translation>
    </message>
    <message>
        <source>Digits 2 to 7 of a PINFL are the date of birth (DDMMYY), but %1 is not a real date (day %2, month %3, year %4).</source>
        <translation>Digits 2 to 7 of a PINFL are the date of birth (DDMMYY), but %1 is not a real date (day %2, month %3, year %4).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer did not take the document.</source>
        <translation>The printer did not take the document.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The image is empty.</source>
        <translation>The image is empty.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>No QR code was found in the image.</translation>
    </message>
</context>
<context>
    <name>RegisterCheck</name>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>The register %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Qaytish register.</source>
        <translation>%1 is an empty file, not a Qaytish register.</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: %1</source>
        <translation>SQLite cannot read the file: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: check it with the newer version.</source>
        <translation>%1 was written by a newer version of Qaytish (register version %2; this version reads up to %3). It was left unchanged: check it with the newer version.</translation>
    </message>
    <message>
        <source>SQLite finds: %1</source>
        <translation>SQLite finds: %1</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 refers to a row of %3 that does not exist.</source>
        <translation>Row %1 of the table %2 refers to a row of %3 that does not exist.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: %2 recorded, but the highest number is %3; numbers are missing.</source>
        <translation>Certificate numbers %1: %2 recorded, but the highest number is %3; numbers are missing.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: the counter stands behind the highest number issued, %2.</source>
        <translation>Certificate numbers %1: the counter stands behind the highest number issued, %2.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: numbers up to %2 were issued, but the register holds them only up to %3.</source>
        <translation>Certificate numbers %1: numbers up to %2 were issued, but the register holds them only up to %3.</translation>
    </message>
    <message>
        <source>Certificate numbers %1: numbers up to %2 were issued, but the register holds none of them.</source>
        <translation>Certificate numbers %1: numbers up to %2 were issued, but the register holds none of them.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>names in both scripts, birth date and place</source>
        <translation>names in both scripts, birth date and place</translation>
    </message>
    <message>
        <source>PINFL, passport and host-country reference</source>
        <translation>PINFL, passport and host-country reference</translation>
    </message>
    <message>
        <source>contacts abroad and at home, family group</source>
        <translation>contacts abroad and at home, family group</translation>
    </message>
    <message>
        <source>notes, comments, operational needs, interview details, receivers at home</source>
        <translation>notes, comments, operational needs, interview details, receivers at home</translation>
    </message>
    <message>
        <source>the photo, and the names and photo on certificates (their numbers, dates and statuses stay)</source>
        <translation>the photo, and the names and photo on certificates (their numbers, dates and statuses stay)</translation>
    </message>
    <message>
        <source>the person&apos;s key to the audit trail: the values recorded there can no longer be read</source>
        <translation>the person&apos;s key to the audit trail: the values recorded there can no longer be read</translation>
    </message>
    <message numerus="yes">
        <source>The %n safety copies beside the register hold the data to be removed: they will be deleted and a new copy made.</source>
        <translation>
            <numerusform>The %n safety copy beside the register holds the data to be removed: it will be deleted and a new copy made.</numerusform>
            <numerusform>The %n safety copies beside the register hold the data to be removed: they will be deleted and a new copy made.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before still hold it until they are destroyed.</source>
        <translation>Backups made before still hold it until they are destroyed.</translation>
    </message>
    <message numerus="yes">
        <source>%n safety copies made before were deleted.</source>
        <translation>
            <numerusform>%n safety copy made before was deleted.</numerusform>
            <numerusform>%n safety copies made before were deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new safety copy was made: %1</source>
        <translation>A new safety copy was made: %1</translation>
    </message>
    <message>
        <source>No new safety copy could be made: %1</source>
        <translation>No new safety copy could be made: %1</translation>
    </message>
    <message>
        <source>These safety copies could not be deleted and still hold the removed data; delete them by hand: %1</source>
        <translation>These safety copies could not be deleted and still hold the removed data; delete them by hand: %1</translation>
    </message>
    <message>
        <source>Backups made before still hold the removed data until they are destroyed.</source>
        <translation>Backups made before still hold the removed data until they are destroyed.</translation>
    </message>
</context>
<context>
    <name>ReturnListRepository</name>
    <message>
        <source>Court stay of removal</source>
        <translation>Court stay of removal</translation>
    </message>
    <message>
        <source>“Do not board” instruction</source>
        <translation>“Do not board” instruction</translation>
    </message>
    <message>
        <source>Unaccompanied minor without a confirmed receiver</source>
        <translation>Unaccompanied minor without a confirmed receiver</translation>
    </message>
    <message>
        <source>Case closed or returned</source>
        <translation>Case closed or returned</translation>
    </message>
    <message>
        <source>Family member not on this list</source>
        <translation>Family member not on this list</translation>
    </message>
    <message>
        <source>Minor without a guardian or escort on the list</source>
        <translation>Minor without a guardian or escort on the list</translation>
    </message>
    <message>
        <source>Travel document expires too soon</source>
        <translation>Travel document expires too soon</translation>
    </message>
    <message>
        <source>On another open list</source>
        <translation>On another open list</translation>
    </message>
    <message>
        <source>Capacity exceeded</source>
        <translation>Capacity exceeded</translation>
    </message>
    <message>
        <source>Document not yet issued</source>
        <translation>Document not yet issued</translation>
    </message>
    <message>
        <source>The flight number is missing.</source>
        <translation>The flight number is missing.</translation>
    </message>
    <message>
        <source>“%1” is not a flight number: the airline&apos;s code and the number, e.g. %2.</source>
        <translation>“%1” is not a flight number: the airline&apos;s code and the number, e.g. %2.</translation>
    </message>
    <message>
        <source>The flight date is missing or not a date.</source>
        <translation>The flight date is missing or not a date.</translation>
    </message>
    <message>
        <source>“%1” is not a time of departure: write hours and minutes, e.g. %2.</source>
        <translation>“%1” is not a time of departure: write hours and minutes, e.g. %2.</translation>
    </message>
    <message>
        <source>The airport of departure “%1” is not an IATA code of three letters, e.g. %2.</source>
        <translation>The airport of departure “%1” is not an IATA code of three letters, e.g. %2.</translation>
    </message>
    <message>
        <source>The airport of arrival “%1” is not an IATA code of three letters, e.g. %2.</source>
        <translation>The airport of arrival “%1” is not an IATA code of three letters, e.g. %2.</translation>
    </message>
    <message>
        <source>The airports of departure and arrival are both %1.</source>
        <translation>The airports of departure and arrival are both %1.</translation>
    </message>
    <message>
        <source>The capacity must be a number of seats from 0 (not set) upwards.</source>
        <translation>The capacity must be a number of seats from 0 (not set) upwards.</translation>
    </message>
    <message>
        <source>There is no return list %1 in the register.</source>
        <translation>There is no return list %1 in the register.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a return list.</source>
        <translation>“%1” is not the number of a return list.</translation>
    </message>
    <message>
        <source>The list of flight %1 on %2 is final: reopen it (with the reason) before changing it.</source>
        <translation>The list of flight %1 on %2 is final: reopen it (with the reason) before changing it.</translation>
    </message>
    <message>
        <source>The list of flight %1 on %2 is completed and cannot change.</source>
        <translation>The list of flight %1 on %2 is completed and cannot change.</translation>
    </message>
    <message>
        <source>The escort&apos;s name is missing.</source>
        <translation>The escort&apos;s name is missing.</translation>
    </message>
    <message>
        <source>There is no such escort on the list.</source>
        <translation>There is no such escort on the list.</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: only an open case may join a return list.</source>
        <translation>Case %1 is “%2”: only an open case may join a return list.</translation>
    </message>
    <message>
        <source>Case %1 is already on the list.</source>
        <translation>Case %1 is already on the list.</translation>
    </message>
    <message>
        <source>Case %1 was taken off the list at once: %2</source>
        <translation>Case %1 was taken off the list at once: %2</translation>
    </message>
    <message>
        <source>The case is not on the list.</source>
        <translation>The case is not on the list.</translation>
    </message>
    <message>
        <source>Give the reason for taking the person off the list.</source>
        <translation>Give the reason for taking the person off the list.</translation>
    </message>
    <message>
        <source>%1: the case is “%2”.</source>
        <translation>%1: the case is “%2”.</translation>
    </message>
    <message>
        <source>%1: a court stayed the removal.</source>
        <translation>%1: a court stayed the removal.</translation>
    </message>
    <message>
        <source>%1: a court stayed the removal (%2).</source>
        <translation>%1: a court stayed the removal (%2).</translation>
    </message>
    <message>
        <source>%1: a “do not board” instruction is recorded.</source>
        <translation>%1: a “do not board” instruction is recorded.</translation>
    </message>
    <message>
        <source>%1: a “do not board” instruction is recorded (%2).</source>
        <translation>%1: a “do not board” instruction is recorded (%2).</translation>
    </message>
    <message>
        <source>%1: an unaccompanied minor, and no parent or guardianship authority has confirmed that they receive the child.</source>
        <translation>%1: an unaccompanied minor, and no parent or guardianship authority has confirmed that they receive the child.</translation>
    </message>
    <message>
        <source>%1: a minor with neither a guardian nor an escort on the list.</source>
        <translation>%1: a minor with neither a guardian nor an escort on the list.</translation>
    </message>
    <message>
        <source>%1 is not on this list</source>
        <translation>%1 is not on this list</translation>
    </message>
    <message>
        <source>%1 is on the list of flight %2 on %3</source>
        <translation>%1 is on the list of flight %2 on %3</translation>
    </message>
    <message>
        <source>%1: family “%2”: %3.</source>
        <translation>%1: family “%2”: %3.</translation>
    </message>
    <message>
        <source>%1: neither a valid Certificate of Return nor a passport is recorded.</source>
        <translation>%1: neither a valid Certificate of Return nor a passport is recorded.</translation>
    </message>
    <message>
        <source>%1: the Certificate of Return %2 is valid until %3, less than %4 days after the flight.</source>
        <translation>%1: the Certificate of Return %2 is valid until %3, less than %4 days after the flight.</translation>
    </message>
    <message>
        <source>%1: the passport %2 is valid until %3, less than %4 days after the flight.</source>
        <translation>%1: the passport %2 is valid until %3, less than %4 days after the flight.</translation>
    </message>
    <message>
        <source>flight %1 on %2 (list %3)</source>
        <translation>flight %1 on %2 (list %3)</translation>
    </message>
    <message>
        <source>%1 is also on the open list of %2.</source>
        <translation>%1 is also on the open list of %2.</translation>
    </message>
    <message>
        <source>%1: the case is “%2”, not yet “%3”.</source>
        <translation>%1: the case is “%2”, not yet “%3”.</translation>
    </message>
    <message>
        <source>%1 passengers and %2 escorts need %3 seats; the capacity is %4.</source>
        <translation>%1 passengers and %2 escorts need %3 seats; the capacity is %4.</translation>
    </message>
    <message>
        <source>“%1” is a hard stop: no reason overrides it, and the person is taken off the list.</source>
        <translation>“%1” is a hard stop: no reason overrides it, and the person is taken off the list.</translation>
    </message>
    <message>
        <source>“%1” is not a warning of a return list. Warnings: %2.</source>
        <translation>“%1” is not a warning of a return list. Warnings: %2.</translation>
    </message>
    <message>
        <source>Give the reason for overriding the warning.</source>
        <translation>Give the reason for overriding the warning.</translation>
    </message>
    <message>
        <source>The list has no warning “%1” to override for this case.</source>
        <translation>The list has no warning “%1” to override for this case.</translation>
    </message>
    <message>
        <source>The list has no passengers: there is nothing to finalise.</source>
        <translation>The list has no passengers: there is nothing to finalise.</translation>
    </message>
    <message>
        <source>Return list of flight %1 on %2 finalised.</source>
        <translation>Return list of flight %1 on %2 finalised.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the list.</source>
        <translation>Give the reason for reopening the list.</translation>
    </message>
    <message>
        <source>Only a final list can be reopened.</source>
        <translation>Only a final list can be reopened.</translation>
    </message>
    <message>
        <source>Boarding has been recorded for this list: it can no longer be reopened.</source>
        <translation>Boarding has been recorded for this list: it can no longer be reopened.</translation>
    </message>
    <message>
        <source>Give the reason why the person did not board.</source>
        <translation>Give the reason why the person did not board.</translation>
    </message>
    <message>
        <source>Boarding is recorded on a final list, after the flight.</source>
        <translation>Boarding is recorded on a final list, after the flight.</translation>
    </message>
    <message>
        <source>The flight is on %1: boarding is recorded after it.</source>
        <translation>The flight is on %1: boarding is recorded after it.</translation>
    </message>
    <message>
        <source>Boarding of %1 is already recorded.</source>
        <translation>Boarding of %1 is already recorded.</translation>
    </message>
    <message>
        <source>Boarded flight %1 on %2.</source>
        <translation>Boarded flight %1 on %2.</translation>
    </message>
    <message>
        <source>Did not board flight %1 on %2: %3</source>
        <translation>Did not board flight %1 on %2: %3</translation>
    </message>
    <message>
        <source>Only a final list can be completed.</source>
        <translation>Only a final list can be completed.</translation>
    </message>
    <message numerus="yes">
        <source>Record for every passenger whether they boarded: %n not yet.</source>
        <translation>
            <numerusform>Record for every passenger whether they boarded: %n not yet.</numerusform>
            <numerusform>Record for every passenger whether they boarded: %n not yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1: the person objects to consular action, so no receiver at home is recorded or contacted.</source>
        <translation>Case %1: the person objects to consular action, so no receiver at home is recorded or contacted.</translation>
    </message>
    <message>
        <source>Case %1: the person has not consented to contacting relatives, so no receiver&apos;s contact is recorded.</source>
        <translation>Case %1: the person has not consented to contacting relatives, so no receiver&apos;s contact is recorded.</translation>
    </message>
</context>
<context>
    <name>SafetyCopies</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The folder %1 for safety copies cannot be made.</source>
        <translation>The folder %1 for safety copies cannot be made.</translation>
    </message>
    <message>
        <source>No safety copy of %1 could be made in %2: %3</source>
        <translation>No safety copy of %1 could be made in %2: %3</translation>
    </message>
    <message>
        <source>%1 is left from the register before the restore and cannot be removed; remove it before opening the register.</source>
        <translation>%1 is left from the register before the restore and cannot be removed; remove it before opening the register.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); the register was left as it was.</source>
        <translation>%1 is damaged (%2); the register was left as it was.</translation>
    </message>
    <message>
        <source>The register %1 is open in another program (another Qaytish window, or the command-line program): close it there first. The register was left as it was.</source>
        <translation>The register %1 is open in another program (another Qaytish window, or the command-line program): close it there first. The register was left as it was.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The cryptographic library could not be started.</source>
        <translation>The cryptographic library could not be started.</translation>
    </message>
    <message>
        <source>The mission&apos;s signing key is missing.</source>
        <translation>The mission&apos;s signing key is missing.</translation>
    </message>
    <message>
        <source>The mission&apos;s signing key %1 is damaged.</source>
        <translation>The mission&apos;s signing key %1 is damaged.</translation>
    </message>
    <message>
        <source>This is not the QR code of a certificate of return (version %1).</source>
        <translation>This is not the QR code of a certificate of return (version %1).</translation>
    </message>
    <message>
        <source>The QR code has been altered: its dates or signature cannot be read.</source>
        <translation>The QR code has been altered: its dates or signature cannot be read.</translation>
    </message>
    <message>
        <source>The QR code was signed with the key %1, which is not a key of this mission.</source>
        <translation>The QR code was signed with the key %1, which is not a key of this mission.</translation>
    </message>
    <message>
        <source>The signature does not match: the QR code is forged or altered.</source>
        <translation>The signature does not match: the QR code is forged or altered.</translation>
    </message>
    <message>
        <source>Genuine: certificate %1 for %2 %3, born %4, valid until %5 (key %6).</source>
        <translation>Genuine: certificate %1 for %2 %3, born %4, valid until %5 (key %6).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1, line %2: this is not a public key of a mission.</source>
        <translation>%1, line %2: this is not a public key of a mission.</translation>
    </message>
    <message>
        <source>%1 holds no public key of a mission.</source>
        <translation>%1 holds no public key of a mission.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Qaytish: the register of return cases for consular officers.</source>
        <translation>Qaytish: the register of return cases for consular officers.</translation>
    </message>
    <message>
        <source>Open this register instead of the last one.</source>
        <translation>Open this register instead of the last one.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unknown language %1: use one of %2.</source>
        <translation>Unknown language %1: use one of %2.</translation>
    </message>
    <message>
        <source>The interface language, one of %1 (remembered).</source>
        <translation>The interface language, one of %1 (remembered).</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2 (a report to read) or %3 (the data for another system).</source>
        <translation>%1: the file name must end in %2 (a report to read) or %3 (the data for another system).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>SubjectAccessExport</name>
    <message>
        <source>Export everything about this &amp;person…</source>
        <translation>Export everything about this &amp;person…</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Export everything about this person</translation>
    </message>
    <message>
        <source>Everything the register holds about the person of case %1 was written to %2. The export is recorded in the audit trail.</source>
        <translation>Everything the register holds about the person of case %1 was written to %2. The export is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>PDF report (%1)</source>
        <translation>PDF report (%1)</translation>
    </message>
    <message>
        <source>JSON data (%1)</source>
        <translation>JSON data (%1)</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user name is empty.</source>
        <translation>The user name is empty.</translation>
    </message>
    <message>
        <source>The user name “%1” may hold letters, digits, dots, dashes and underscores only, at most 64 of them.</source>
        <translation>The user name “%1” may hold letters, digits, dots, dashes and underscores only, at most 64 of them.</translation>
    </message>
    <message>
        <source>The register has user accounts: it cannot be left without them.</source>
        <translation>The register has user accounts: it cannot be left without them.</translation>
    </message>
    <message>
        <source>There is no user %1 in this register.</source>
        <translation>There is no user %1 in this register.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <source>The first user of a register must be an administrator.</source>
        <translation>The first user of a register must be an administrator.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>There is already a user %1.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for %1: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Too many failed attempts for %1: wait %n second before the next one.</numerusform>
            <numerusform>Too many failed attempts for %1: wait %n seconds before the next one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Wait %n second before the next attempt.</numerusform>
            <numerusform>Wait %n seconds before the next attempt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>The account %1 is disabled: ask an administrator.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Sign in first to change your password.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>%1 is the only administrator left: add another administrator before disabling this account.</source>
        <translation>%1 is the only administrator left: add another administrator before disabling this account.</translation>
    </message>
    <message>
        <source>%1 is the only administrator left: add another administrator before taking the role away.</source>
        <translation>%1 is the only administrator left: add another administrator before taking the role away.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The case is already in the status “%1”.</source>
        <translation>The case is already in the status “%1”.</translation>
    </message>
    <message>
        <source>A case in the status “%1” cannot change its status.</source>
        <translation>A case in the status “%1” cannot change its status.</translation>
    </message>
    <message>
        <source>A case cannot go from “%1” to “%2”. Possible next steps: %3.</source>
        <translation>A case cannot go from “%1” to “%2”. Possible next steps: %3.</translation>
    </message>
    <message>
        <source>Identity can be confirmed only with a recorded reply from the authorities at home that confirms it. Record the reply to the identity request first.</source>
        <translation>Identity can be confirmed only with a recorded reply from the authorities at home that confirms it. Record the reply to the identity request first.</translation>
    </message>
    <message>
        <source>Give the reason for closing the case.</source>
        <translation>Give the reason for closing the case.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case.</source>
        <translation>Give the reason for reopening the case.</translation>
    </message>
    <message>
        <source>Give the reason why the person did not travel.</source>
        <translation>Give the reason why the person did not travel.</translation>
    </message>
    <message>
        <source>A case moves to “%1” with a travel document: issue a Certificate of Return, or record a passport that is still valid.</source>
        <translation>A case moves to “%1” with a travel document: issue a Certificate of Return, or record a passport that is still valid.</translation>
    </message>
    <message>
        <source>A case goes on a return list only when a return list with it is finalised.</source>
        <translation>A case goes on a return list only when a return list with it is finalised.</translation>
    </message>
    <message>
        <source>The case is “%1”, not “%2”: it goes on the return list only when a consul overrides this warning with a reason.</source>
        <translation>The case is “%1”, not “%2”: it goes on the return list only when a consul overrides this warning with a reason.</translation>
    </message>
</context>
<context>
    <name>qaytish::AccountDialog</name>
    <message>
        <source>Administrator of the register</source>
        <translation>Administrator of the register</translation>
    </message>
    <message>
        <source>This register gets user accounts. Create its first user, the administrator, who holds every role and adds the other users. The password needs at least %1 characters.</source>
        <translation>This register gets user accounts. Create its first user, the administrator, who holds every role and adds the other users. The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>This register was made by an earlier version of Qaytish, without user accounts. Create its administrator now, who holds every role and adds the other users; from then on everyone signs in. The password needs at least %1 characters. Cancel opens the register unprotected this time and asks again at the next start.</source>
        <translation>This register was made by an earlier version of Qaytish, without user accounts. Create its administrator now, who holds every role and adds the other users; from then on everyone signs in. The password needs at least %1 characters. Cancel opens the register unprotected this time and asks again at the next start.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>A new user of this register. The password needs at least %1 characters; give it to the user in person.</source>
        <translation>A new user of this register. The password needs at least %1 characters; give it to the user in person.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>A new password for %1: at least %2 characters.</source>
        <translation>A new password for %1: at least %2 characters.</translation>
    </message>
    <message>
        <source>An administrator reset the password of %1: choose a new one, at least %2 characters.</source>
        <translation>An administrator reset the password of %1: choose a new one, at least %2 characters.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>A new password for %1, who must change it at the next sign-in: at least %2 characters.</source>
        <translation>A new password for %1, who must change it at the next sign-in: at least %2 characters.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>qaytish::AuditLogWindow</name>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>(erased by anonymisation)</source>
        <translation>(erased by anonymisation)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>A case reference, e.g. %1</source>
        <translation>A case reference, e.g. %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Type the days as 30.04.2026.</source>
        <translation>Type the days as 30.04.2026.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown.</source>
        <translation>
            <numerusform>The newest %n entry is shown.</numerusform>
            <numerusform>The newest %n entries are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries, each following the one before it.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry.</numerusform>
            <numerusform>The audit trail is intact: %n entries, each following the one before it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with outside Qaytish.</source>
        <translation>The audit trail was tampered with outside Qaytish.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV files (%1)</translation>
    </message>
</context>
<context>
    <name>qaytish::BackupDialog</name>
    <message>
        <source>Back up the register</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <source>A backup is a copy of the whole register %1 to keep away from this computer, for instance on a USB stick in the safe. Sealed with a passphrase, it reveals nothing to whoever finds it; the passphrase cannot be recovered.</source>
        <translation>A backup is a copy of the whole register %1 to keep away from this computer, for instance on a USB stick in the safe. Sealed with a passphrase, it reveals nothing to whoever finds it; the passphrase cannot be recovered.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Seal with a passphrase</source>
        <translation>&amp;Seal with a passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sealed backups (*%1)</source>
        <translation>Sealed backups (*%1)</translation>
    </message>
    <message>
        <source>Registers (*%1)</source>
        <translation>Registers (*%1)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choose the file for the backup.</source>
        <translation>Choose the file for the backup.</translation>
    </message>
    <message>
        <source>Type the passphrase again below.</source>
        <translation>Type the passphrase again below.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the backup: without it the backup cannot be restored.</source>
        <translation>Keep the passphrase apart from the backup: without it the backup cannot be restored.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who has the file can read every case in it.</source>
        <translation>Not sealed: anyone who has the file can read every case in it.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the backup a file name inside it.</source>
        <translation>%1 is a folder: give the backup a file name inside it.</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with the new backup?</source>
        <translation>%1 exists already. Replace it with the new backup?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>qaytish::CaseEditor</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <source>Needs, consent, notes</source>
        <translation>Needs, consent, notes</translation>
    </message>
    <message>
        <source>Requests and replies</source>
        <translation>Requests and replies</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth and identity</source>
        <translation>Birth and identity</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Contacts and family</source>
        <translation>Contacts and family</translation>
    </message>
    <message>
        <source>Stay in the host country</source>
        <translation>Stay in the host country</translation>
    </message>
    <message>
        <source>Request of the host country&apos;s authority</source>
        <translation>Request of the host country&apos;s authority</translation>
    </message>
    <message>
        <source>Operational needs</source>
        <translation>Operational needs</translation>
    </message>
    <message>
        <source>Consent and representation</source>
        <translation>Consent and representation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Latin script</source>
        <translation>Latin script</translation>
    </message>
    <message>
        <source>C&amp;yrillic script</source>
        <translation>C&amp;yrillic script</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Given names:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>Pa&amp;tronymic:</translation>
    </message>
    <message>
        <source>Surname in Cyrillic script</source>
        <translation>Surname in Cyrillic script</translation>
    </message>
    <message>
        <source>Given names in Cyrillic script</source>
        <translation>Given names in Cyrillic script</translation>
    </message>
    <message>
        <source>Patronymic in Cyrillic script</source>
        <translation>Patronymic in Cyrillic script</translation>
    </message>
    <message>
        <source>Type &apos; after o or g for oʻ and gʻ; elsewhere it becomes ʼ.</source>
        <translation>Type &apos; after o or g for oʻ and gʻ; elsewhere it becomes ʼ.</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Place of birt&amp;h:</source>
        <translation>Place of birt&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationality:</translation>
    </message>
    <message>
        <source>Three-letter ICAO code, as in the passport: UZB for Uzbekistan.</source>
        <translation>Three-letter ICAO code, as in the passport: UZB for Uzbekistan.</translation>
    </message>
    <message>
        <source>P&amp;INFL:</source>
        <translation>P&amp;INFL:</translation>
    </message>
    <message>
        <source>Personal identification number (JShShIR): 14 digits.</source>
        <translation>Personal identification number (JShShIR): 14 digits.</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>&amp;Passport number:</translation>
    </message>
    <message>
        <source>Date of iss&amp;ue:</source>
        <translation>Date of iss&amp;ue:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>Contact &amp;abroad:</source>
        <translation>Contact &amp;abroad:</translation>
    </message>
    <message>
        <source>Address or telephone in the host country</source>
        <translation>Address or telephone in the host country</translation>
    </message>
    <message>
        <source>Contact at h&amp;ome:</source>
        <translation>Contact at h&amp;ome:</translation>
    </message>
    <message>
        <source>Relative, address or telephone in Uzbekistan</source>
        <translation>Relative, address or telephone in Uzbekistan</translation>
    </message>
    <message>
        <source>&amp;Family group:</source>
        <translation>&amp;Family group:</translation>
    </message>
    <message>
        <source>The same label for all members of a family</source>
        <translation>The same label for all members of a family</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>&amp;A-number:</translation>
    </message>
    <message>
        <source>A-123-456-789</source>
        <translation>A-123-456-789</translation>
    </message>
    <message>
        <source>The US Alien Registration Number: A and 7 to 9 digits.</source>
        <translation>The US Alien Registration Number: A and 7 to 9 digits.</translation>
    </message>
    <message>
        <source>&amp;Visa class:</source>
        <translation>&amp;Visa class:</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>&amp;Entry date:</translation>
    </message>
    <message>
        <source>Authorised stay &amp;until:</source>
        <translation>Authorised stay &amp;until:</translation>
    </message>
    <message>
        <source>The admit-until date of the I-94 record.</source>
        <translation>The admit-until date of the I-94 record.</translation>
    </message>
    <message>
        <source>&amp;D/S: duration of status, no fixed date</source>
        <translation>&amp;D/S: duration of status, no fixed date</translation>
    </message>
    <message>
        <source>&amp;Custody:</source>
        <translation>&amp;Custody:</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>Faci&amp;lity:</translation>
    </message>
    <message>
        <source>Detention facility, when in immigration detention</source>
        <translation>Detention facility, when in immigration detention</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>Date &amp;received:</translation>
    </message>
    <message>
        <source>Order da&amp;te:</source>
        <translation>Order da&amp;te:</translation>
    </message>
    <message>
        <source>Order t&amp;ype:</source>
        <translation>Order t&amp;ype:</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Only what the journey must provide is recorded here: operational needs, never a diagnosis.</source>
        <translation>Only what the journey must provide is recorded here: operational needs, never a diagnosis.</translation>
    </message>
    <message>
        <source>Consents to &amp;contacting relatives</source>
        <translation>Consents to &amp;contacting relatives</translation>
    </message>
    <message>
        <source>Consents to sharing the case with a &amp;lawyer</source>
        <translation>Consents to sharing the case with a &amp;lawyer</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>Legal &amp;representative:</translation>
    </message>
    <message>
        <source>&amp;Wish about return:</source>
        <translation>&amp;Wish about return:</translation>
    </message>
    <message>
        <source>Assigned o&amp;fficer:</source>
        <translation>Assigned o&amp;fficer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses. This register belongs to the consulate of the person&apos;s state of origin.</source>
        <translation>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses. This register belongs to the consulate of the person&apos;s state of origin.</translation>
    </message>
    <message>
        <source>Identity requests sent to the authorities at home and their replies. Identity is confirmed only by a recorded reply.</source>
        <translation>Identity requests sent to the authorities at home and their replies. Identity is confirmed only by a recorded reply.</translation>
    </message>
    <message>
        <source>Outgoing no.</source>
        <translation>Outgoing no.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reply no.</source>
        <translation>Reply no.</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Log identity request…</source>
        <translation>Log identity request…</translation>
    </message>
    <message>
        <source>Record reply…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Stated wishes</source>
        <translation>Stated wishes</translation>
    </message>
    <message>
        <source>Add interview…</source>
        <translation>Add interview…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save and start next</source>
        <translation>Save and start next</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Case %1 — %2[*]</source>
        <translation>Case %1 — %2[*]</translation>
    </message>
    <message>
        <source>Case not available</source>
        <translation>Case not available</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Not saved yet: requests, interviews and the status can be recorded after the first save.</source>
        <translation>Not saved yet: requests, interviews and the status can be recorded after the first save.</translation>
    </message>
    <message>
        <source>New case[*]</source>
        <translation>New case[*]</translation>
    </message>
    <message>
        <source>A case in this status cannot change its status.</source>
        <translation>A case in this status cannot change its status.</translation>
    </message>
    <message>
        <source>Admitted for duration of status: there is no fixed date, so no overstay is counted.</source>
        <translation>Admitted for duration of status: there is no fixed date, so no overstay is counted.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the authorised stay ended. Information only: no legal conclusion is drawn from it.</source>
        <translation>
            <numerusform>%n day since the authorised stay ended. Information only: no legal conclusion is drawn from it.</numerusform>
            <numerusform>%n days since the authorised stay ended. Information only: no legal conclusion is drawn from it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorised stay has not ended.</source>
        <translation>The authorised stay has not ended.</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>Save with warnings?</translation>
    </message>
    <message>
        <source>Please check before saving:</source>
        <translation>Please check before saving:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Go back and check</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>The case was not saved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Case %1 has changes that are not saved.</source>
        <translation>Case %1 has changes that are not saved.</translation>
    </message>
    <message>
        <source>The new case has not been saved.</source>
        <translation>The new case has not been saved.</translation>
    </message>
    <message>
        <source>Save the changes, discard them, or go back to the form?</source>
        <translation>Save the changes, discard them, or go back to the form?</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>Waiting for reply</translation>
    </message>
    <message>
        <source>A spelling made from the other script. Press %1 in the field, or click the suggestion, to use it; correct it if needed.</source>
        <translation>A spelling made from the other script. Press %1 in the field, or click the suggestion, to use it; correct it if needed.</translation>
    </message>
    <message>
        <source>Save and keep editing (%1)</source>
        <translation>Save and keep editing (%1)</translation>
    </message>
    <message>
        <source>Save, then start the next new case (%1)</source>
        <translation>Save, then start the next new case (%1)</translation>
    </message>
    <message>
        <source>Close the case (%1)</source>
        <translation>Close the case (%1)</translation>
    </message>
    <message>
        <source>Suggestion: &lt;a href=&quot;use&quot;&gt;%1&lt;/a&gt; (%2 to use)</source>
        <translation>Suggestion: &lt;a href=&quot;use&quot;&gt;%1&lt;/a&gt; (%2 to use)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Apply the MRZ</source>
        <translation>Apply the MRZ</translation>
    </message>
    <message>
        <source>The zone differs from what the form holds. Replace these values?</source>
        <translation>The zone differs from what the form holds. Replace these values?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep the form</source>
        <translation>Keep the form</translation>
    </message>
    <message>
        <source>The link was not recorded</source>
        <translation>The link was not recorded</translation>
    </message>
    <message>
        <source>Stops to removal</source>
        <translation>Stops to removal</translation>
    </message>
    <message>
        <source>A court &amp;stayed the removal</source>
        <translation>A court &amp;stayed the removal</translation>
    </message>
    <message>
        <source>A “do &amp;not board” instruction is recorded</source>
        <translation>A “do &amp;not board” instruction is recorded</translation>
    </message>
    <message>
        <source>Re&amp;ference of the stay:</source>
        <translation>Re&amp;ference of the stay:</translation>
    </message>
    <message>
        <source>Court or authority, reference and date; the person is kept off return lists</source>
        <translation>Court or authority, reference and date; the person is kept off return lists</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>Save or discard the changes to the case first.</source>
        <translation>Save or discard the changes to the case first.</translation>
    </message>
    <message>
        <source>The register is busy</source>
        <translation>The register is busy</translation>
    </message>
    <message>
        <source>Your edits are kept in this window.</source>
        <translation>Your edits are kept in this window.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>The operational needs of this case are shown only to its assigned officer and to consuls. Saving keeps them as they are.</source>
        <translation>The operational needs of this case are shown only to its assigned officer and to consuls. Saving keeps them as they are.</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <source>In the form:</source>
        <translation>In the form:</translation>
    </message>
    <message>
        <source>Objection to consular action</source>
        <translation>Objection to consular action</translation>
    </message>
    <message>
        <source>The person &amp;objects to consular action</source>
        <translation>The person &amp;objects to consular action</translation>
    </message>
    <message>
        <source>Stated on:</source>
        <translation>Stated on:</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>In their words:</translation>
    </message>
    <message>
        <source>What the person asked the consulate not to do</source>
        <translation>What the person asked the consulate not to do</translation>
    </message>
    <message>
        <source>The person objects to consular action: do not contact relatives and do not share the case with anyone.</source>
        <translation>The person objects to consular action: do not contact relatives and do not share the case with anyone.</translation>
    </message>
    <message>
        <source>This case was anonymised on %1 under the mission&apos;s retention period. It is kept for the statistics and cannot be changed.</source>
        <translation>This case was anonymised on %1 under the mission&apos;s retention period. It is kept for the statistics and cannot be changed.</translation>
    </message>
    <message>
        <source>A PDF report or JSON data of everything the register holds about the person, for the person&apos;s request to see their data.</source>
        <translation>A PDF report or JSON data of everything the register holds about the person, for the person&apos;s request to see their data.</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Export everything about this person</translation>
    </message>
</context>
<context>
    <name>qaytish::CaseTableModel</name>
    <message>
        <source>Days since the authorised stay ended (empty when admitted for duration of status or when no date is recorded). For information only.</source>
        <translation>Days since the authorised stay ended (empty when admitted for duration of status or when no date is recorded). For information only.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <source>Full name (Latin)</source>
        <translation>Full name (Latin)</translation>
    </message>
    <message>
        <source>Full name (Cyrillic)</source>
        <translation>Full name (Cyrillic)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days of overstay</source>
        <translation>Days of overstay</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>qaytish::CertificateDialog</name>
    <message>
        <source>Issue a Certificate of Return</source>
        <translation>Issue a Certificate of Return</translation>
    </message>
    <message>
        <source>The certificate carries the record confirmed by the authorities at home. To correct it, record a new confirmed reply.</source>
        <translation>The certificate carries the record confirmed by the authorities at home. To correct it, record a new confirmed reply.</translation>
    </message>
    <message>
        <source>Photo 3.5 × 4.5: choose a JPEG or PNG file or drop it here; drag the frame to move it, turn the wheel to zoom.</source>
        <translation>Photo 3.5 × 4.5: choose a JPEG or PNG file or drop it here; drag the frame to move it, turn the wheel to zoom.</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation>&amp;Valid for (days):</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>&amp;Receipt number:</translation>
    </message>
    <message>
        <source>&amp;Exempt, because:</source>
        <translation>&amp;Exempt, because:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>PINFL</source>
        <translation>PINFL</translation>
    </message>
    <message>
        <source>There is no confirmed record for this case.</source>
        <translation>There is no confirmed record for this case.</translation>
    </message>
    <message>
        <source>State duty for a minor: %1 %2.</source>
        <translation>State duty for a minor: %1 %2.</translation>
    </message>
    <message>
        <source>State duty for an adult: %1 %2.</source>
        <translation>State duty for an adult: %1 %2.</translation>
    </message>
    <message>
        <source>Choose the photo</source>
        <translation>Choose the photo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>No photo yet: a certificate needs one.</source>
        <translation>No photo yet: a certificate needs one.</translation>
    </message>
    <message>
        <source>The stored photo is used unless you choose another.</source>
        <translation>The stored photo is used unless you choose another.</translation>
    </message>
    <message>
        <source>The photo is stored at %1 × %2 pixels, not at its original size.</source>
        <translation>The photo is stored at %1 × %2 pixels, not at its original size.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>Give the receipt number of the state duty.</source>
        <translation>Give the receipt number of the state duty.</translation>
    </message>
    <message>
        <source>Give the reason for the exemption from the state duty.</source>
        <translation>Give the reason for the exemption from the state duty.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>Save certificate %1 as PDF</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF documents (%1)</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Certificate %1 is issued. Its PDF can be saved or printed at any time from the register of documents.</source>
        <translation>Certificate %1 is issued. Its PDF can be saved or printed at any time from the register of documents.</translation>
    </message>
    <message>
        <source>Certificate issued, PDF not saved</source>
        <translation>Certificate issued, PDF not saved</translation>
    </message>
    <message>
        <source>Certificate %1 is issued, but its PDF could not be saved: %2 Save it again from the register of documents.</source>
        <translation>Certificate %1 is issued, but its PDF could not be saved: %2 Save it again from the register of documents.</translation>
    </message>
    <message>
        <source>Certificate %1 is issued and saved as %2.</source>
        <translation>Certificate %1 is issued and saved as %2.</translation>
    </message>
</context>
<context>
    <name>qaytish::CertificateRegisterWindow</name>
    <message>
        <source>Register of documents</source>
        <translation>Register of documents</translation>
    </message>
    <message>
        <source>Search: number, case, name in any script</source>
        <translation>Search: number, case, name in any script</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Name (Latin)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>Name (Cyrillic)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Spoiled blank</source>
        <translation>Spoiled blank</translation>
    </message>
    <message>
        <source>Cancel certificate</source>
        <translation>Cancel certificate</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason first.</source>
        <translation>Give the reason first.</translation>
    </message>
    <message>
        <source>Save certificate %1 as PDF</source>
        <translation>Save certificate %1 as PDF</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF documents (%1)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <source>Mark certificate %1 as a spoiled blank? It stays in the register with the reason and its number is never used again.</source>
        <translation>Mark certificate %1 as a spoiled blank? It stays in the register with the reason and its number is never used again.</translation>
    </message>
    <message>
        <source>Cancel certificate %1? It stays in the register with the reason and its number is never used again.</source>
        <translation>Cancel certificate %1? It stays in the register with the reason and its number is never used again.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Export the register of documents</source>
        <translation>Export the register of documents</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV files (%1)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
</context>
<context>
    <name>qaytish::DashboardStrip</name>
    <message>
        <source>Identity check overdue</source>
        <translation>Identity check overdue</translation>
    </message>
    <message numerus="yes">
        <source>Document expires within %n day(s)</source>
        <translation>
            <numerusform>Document expires within %n day</numerusform>
            <numerusform>Document expires within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>On open return lists</source>
        <translation>On open return lists</translation>
    </message>
    <message>
        <source>Cases in the status “%1”. Click to show them.</source>
        <translation>Cases in the status “%1”. Click to show them.</translation>
    </message>
    <message numerus="yes">
        <source>Cases in identity check whose identity request has waited more than %n day(s) for a reply (mission settings). Click to show them.</source>
        <translation>
            <numerusform>Cases in identity check whose identity request has waited more than %n day for a reply (mission settings). Click to show them.</numerusform>
            <numerusform>Cases in identity check whose identity request has waited more than %n days for a reply (mission settings). Click to show them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open cases whose travel document (the valid Certificate of Return, else the passport with the mission&apos;s margin of %1 days) is valid for the last time today or within %n day(s). Expired documents are not counted. Click to show them.</source>
        <translation>
            <numerusform>Open cases whose travel document (the valid Certificate of Return, else the passport with the mission&apos;s margin of %1 days) is valid for the last time today or within %n day. Expired documents are not counted. Click to show them.</numerusform>
            <numerusform>Open cases whose travel document (the valid Certificate of Return, else the passport with the mission&apos;s margin of %1 days) is valid for the last time today or within %n days. Expired documents are not counted. Click to show them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases on a draft or final return list (not taken off it). Click to show them.</source>
        <translation>Cases on a draft or final return list (not taken off it). Click to show them.</translation>
    </message>
</context>
<context>
    <name>qaytish::DateEdit</name>
    <message>
        <source>Not a date: write it as 30.04.2025.</source>
        <translation>Not a date: write it as 30.04.2025.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Type the date as 30.04.2025, 30042025 or 2025-04-30.</source>
        <translation>Type the date as 30.04.2025, 30042025 or 2025-04-30.</translation>
    </message>
</context>
<context>
    <name>qaytish::DuplicatesDialog</name>
    <message>
        <source>Possibly the same person</source>
        <translation>Possibly the same person</translation>
    </message>
    <message>
        <source>The register already has a case that may be about the same person. Check it before saving:</source>
        <translation>The register already has a case that may be about the same person. Check it before saving:</translation>
    </message>
    <message numerus="yes">
        <source>The register already has %n cases that may be about the same person. Check them before saving:</source>
        <translation>
            <numerusform>The register already has %n case that may be about the same person. Check it before saving:</numerusform>
            <numerusform>The register already has %n cases that may be about the same person. Check them before saving:</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Why it may be the same person</source>
        <translation>Why it may be the same person</translation>
    </message>
    <message>
        <source>already linked as the same person</source>
        <translation>already linked as the same person</translation>
    </message>
    <message>
        <source>&amp;Open the existing case</source>
        <translation>&amp;Open the existing case</translation>
    </message>
    <message>
        <source>Nothing is saved; the selected case opens in its own window.</source>
        <translation>Nothing is saved; the selected case opens in its own window.</translation>
    </message>
    <message>
        <source>&amp;Link as the same person</source>
        <translation>&amp;Link as the same person</translation>
    </message>
    <message>
        <source>Save this case and record that both are the same person. Neither case is changed or merged.</source>
        <translation>Save this case and record that both are the same person. Neither case is changed or merged.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Save this case as a different person.</source>
        <translation>Save this case as a different person.</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>qaytish::IdentityRequestDialog</name>
    <message>
        <source>Enter the number of the reply.</source>
        <translation>Enter the number of the reply.</translation>
    </message>
    <message>
        <source>Enter the outgoing number of the request.</source>
        <translation>Enter the outgoing number of the request.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>The reply of the authorities at home to identity request %1 of %2.</source>
        <translation>The reply of the authorities at home to identity request %1 of %2.</translation>
    </message>
    <message>
        <source>Reply &amp;number:</source>
        <translation>Reply &amp;number:</translation>
    </message>
    <message>
        <source>Reply &amp;date:</source>
        <translation>Reply &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>Log identity request</source>
        <translation>Log identity request</translation>
    </message>
    <message>
        <source>The request sent to the authorities at home to confirm the person&apos;s identity and citizenship.</source>
        <translation>The request sent to the authorities at home to confirm the person&apos;s identity and citizenship.</translation>
    </message>
    <message>
        <source>Outgoing &amp;number:</source>
        <translation>Outgoing &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>no PINFL</source>
        <translation>no PINFL</translation>
    </message>
    <message>
        <source>date of birth missing</source>
        <translation>date of birth missing</translation>
    </message>
    <message>
        <source>Saving a confirmation keeps this record as the one confirmed by the authorities at home; a Certificate of Return prints it. Compare it with the reply first:</source>
        <translation>Saving a confirmation keeps this record as the one confirmed by the authorities at home; a Certificate of Return prints it. Compare it with the reply first:</translation>
    </message>
</context>
<context>
    <name>qaytish::ImportDialog</name>
    <message>
        <source>Import list — %1</source>
        <translation>Import list — %1</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>No slashed dates</source>
        <translation>No slashed dates</translation>
    </message>
    <message>
        <source>Day first (30/04/2025)</source>
        <translation>Day first (30/04/2025)</translation>
    </message>
    <message>
        <source>Month first (04/30/2025)</source>
        <translation>Month first (04/30/2025)</translation>
    </message>
    <message>
        <source>Year first (2025/04/30)</source>
        <translation>Year first (2025/04/30)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Dates with &amp;slashes:</source>
        <translation>Dates with &amp;slashes:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>First rows and their problems:</source>
        <translation>First rows and their problems:</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Read as %1, separated by “%2”.</source>
        <translation>Read as %1, separated by “%2”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Ignore (unknown column)</source>
        <translation>Ignore (unknown column)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Not imported, unless you choose a field: %1</source>
        <translation>Not imported, unless you choose a field: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The file has dates with slashes: choose how to read them.</source>
        <translation>The file has dates with slashes: choose how to read them.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>The import did not finish.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected.</source>
        <translation>Nothing was imported: %1 of %2 rows were rejected.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows.</source>
        <translation>Imported %1 of %2 rows.</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Probable duplicates (imported; check them):</source>
        <translation>Probable duplicates (imported; check them):</translation>
    </message>
    <message>
        <source>Line %1: %2 is also on line %3.</source>
        <translation>Line %1: %2 is also on line %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 is also in case %3.</source>
        <translation>Line %1: %2 is also in case %3.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Columns not imported: %1</translation>
    </message>
</context>
<context>
    <name>qaytish::InterviewDialog</name>
    <message>
        <source>Enter the date of the interview.</source>
        <translation>Enter the date of the interview.</translation>
    </message>
    <message>
        <source>Add interview or visit</source>
        <translation>Add interview or visit</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Interpreter:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Stated &amp;wishes:</source>
        <translation>Stated &amp;wishes:</translation>
    </message>
    <message>
        <source>What the person says about return, contact with relatives, a lawyer, the journey</source>
        <translation>What the person says about return, contact with relatives, a lawyer, the journey</translation>
    </message>
    <message>
        <source>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses.</source>
        <translation>Do not record an asylum or protection claim or its grounds, political or religious opinions, sexual orientation or gender identity, or medical diagnoses.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>qaytish::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <source>Create a new, empty register file.</source>
        <translation>Create a new, empty register file.</translation>
    </message>
    <message>
        <source>&amp;Open register…</source>
        <translation>&amp;Open register…</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Open register</translation>
    </message>
    <message>
        <source>Open another register file.</source>
        <translation>Open another register file.</translation>
    </message>
    <message>
        <source>Open &amp;demo register</source>
        <translation>Open &amp;demo register</translation>
    </message>
    <message>
        <source>Open the separate register of fictional cases for practice.</source>
        <translation>Open the separate register of fictional cases for practice.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>&amp;Edit case</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Move the selected case to another status</source>
        <translation>Move the selected case to another status</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;About Qaytish</source>
        <translation>&amp;About Qaytish</translation>
    </message>
    <message>
        <source>Search by name (Latin or Cyrillic), passport, PINFL, A-number or case reference</source>
        <translation>Search by name (Latin or Cyrillic), passport, PINFL, A-number or case reference</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Cannot open the register</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Open another register, or create a new one?</source>
        <translation>Open another register, or create a new one?</translation>
    </message>
    <message>
        <source>Open another register…</source>
        <translation>Open another register…</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>New register…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New register</source>
        <translation>New register</translation>
    </message>
    <message>
        <source>%1 already exists and was left unchanged. Choose a new file name, or open it with File &gt; Open register.</source>
        <translation>%1 already exists and was left unchanged. Choose a new file name, or open it with File &gt; Open register.</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Demo register</translation>
    </message>
    <message numerus="yes">
        <source>Creating the demo register: %Ln fictional case(s)…</source>
        <translation>
            <numerusform>Creating the demo register: %Ln fictional case…</numerusform>
            <numerusform>Creating the demo register: %Ln fictional cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>About Qaytish</source>
        <translation>About Qaytish</translation>
    </message>
    <message>
        <source>Qaytish %1

A register of citizens of Uzbekistan abroad in return and removal cases, for consular officers: identity checks, Certificates of Return and return lists.

The people in the register come first: Qaytish never records asylum claims, political or religious opinions, sexual orientation or medical diagnoses, and shows operational needs only to those who must know them.</source>
        <translation>Qaytish %1

A register of citizens of Uzbekistan abroad in return and removal cases, for consular officers: identity checks, Certificates of Return and return lists.

The people in the register come first: Qaytish never records asylum claims, political or religious opinions, sexual orientation or medical diagnoses, and shows operational needs only to those who must know them.</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>No register is open</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 of %Ln case</numerusform>
            <numerusform>%1 of %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Qaytish</source>
        <translation>Qaytish</translation>
    </message>
    <message>
        <source>Cannot read the register</source>
        <translation>Cannot read the register</translation>
    </message>
    <message>
        <source>Record a new return case (%1)</source>
        <translation>Record a new return case (%1)</translation>
    </message>
    <message>
        <source>Open the selected case (%1)</source>
        <translation>Open the selected case (%1)</translation>
    </message>
    <message>
        <source>Search the register (%1)</source>
        <translation>Search the register (%1)</translation>
    </message>
    <message>
        <source>Qaytish registers (%1)</source>
        <translation>Qaytish registers (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>All files (%1)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>Import a list of people from a CSV file as new cases.</source>
        <translation>Import a list of people from a CSV file as new cases.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Write the cases shown (the current search and status) to a CSV file.</source>
        <translation>Write the cases shown (the current search and status) to a CSV file.</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>Import list</translation>
    </message>
    <message>
        <source>CSV files (%1);;All files (*)</source>
        <translation>CSV files (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV files (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln case(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln case to %1.</numerusform>
            <numerusform>Wrote %Ln cases to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Mission settings…</source>
        <translation>&amp;Mission settings…</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Mission settings</translation>
    </message>
    <message>
        <source>The mission&apos;s name, head of mission, document numbering, validity, consular fee and paper.</source>
        <translation>The mission&apos;s name, head of mission, document numbering, validity, consular fee and paper.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Issue certificate…</translation>
    </message>
    <message>
        <source>&amp;Register of documents…</source>
        <translation>&amp;Register of documents…</translation>
    </message>
    <message>
        <source>&amp;Return lists…</source>
        <translation>&amp;Return lists…</translation>
    </message>
    <message>
        <source>Flight manifests: passengers, checks, finalising, printing and export</source>
        <translation>Flight manifests: passengers, checks, finalising, printing and export</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a certificate is issued only when the identity is confirmed.</source>
        <translation>Case %1 is “%2”: a certificate is issued only when the identity is confirmed.</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Counting the cases…</translation>
    </message>
    <message>
        <source>Restore a &amp;safety copy…</source>
        <translation>Restore a &amp;safety copy…</translation>
    </message>
    <message>
        <source>Replace the register with one of the copies kept each day and before upgrades.</source>
        <translation>Replace the register with one of the copies kept each day and before upgrades.</translation>
    </message>
    <message>
        <source>&amp;Clear the dashboard filter</source>
        <translation>&amp;Clear the dashboard filter</translation>
    </message>
    <message>
        <source>Show every case again after a click on a figure of the dashboard.</source>
        <translation>Show every case again after a click on a figure of the dashboard.</translation>
    </message>
    <message>
        <source>Show &amp;all cases</source>
        <translation>Show &amp;all cases</translation>
    </message>
    <message>
        <source>Clear the dashboard filter (%1)</source>
        <translation>Clear the dashboard filter (%1)</translation>
    </message>
    <message>
        <source>Open another register, or restore a safety copy of this one?</source>
        <translation>Open another register, or restore a safety copy of this one?</translation>
    </message>
    <message>
        <source>Restore a safety copy…</source>
        <translation>Restore a safety copy…</translation>
    </message>
    <message>
        <source>Restore a safety copy</source>
        <translation>Restore a safety copy</translation>
    </message>
    <message>
        <source>Replace the register %1 with the copy %2? Changes made since that copy will no longer be in the register; the register as it is now is kept as a safety copy.</source>
        <translation>Replace the register %1 with the copy %2? Changes made since that copy will no longer be in the register; the register as it is now is kept as a safety copy.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The safety copy was not restored</source>
        <translation>The safety copy was not restored</translation>
    </message>
    <message>
        <source>The register was restored from %1.</source>
        <translation>The register was restored from %1.</translation>
    </message>
    <message>
        <source>Showing only the cases of the dashboard figure “%1”.</source>
        <translation>Showing only the cases of the dashboard figure “%1”.</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>The users of this register and their roles.</source>
        <translation>The users of this register and their roles.</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>C&amp;hange password…</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>Loc&amp;k</translation>
    </message>
    <message>
        <source>Cover the register until your password is typed again.</source>
        <translation>Cover the register until your password is typed again.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>The window is locked: the register&apos;s data is hidden. %1 can go on after typing the password again; unsaved changes are kept.</source>
        <translation>The window is locked: the register&apos;s data is hidden. %1 can go on after typing the password again; unsaved changes are kept.</translation>
    </message>
    <message>
        <source>The roles of %1 (%2) do not show the cases of the register.</source>
        <translation>The roles of %1 (%2) do not show the cases of the register.</translation>
    </message>
    <message>
        <source>Qaytish — %1 — %2</source>
        <translation>Qaytish — %1 — %2</translation>
    </message>
    <message>
        <source>Qaytish — %1 (demo, unprotected register)</source>
        <translation>Qaytish — %1 (demo, unprotected register)</translation>
    </message>
    <message>
        <source>Qaytish — %1 (unprotected register)</source>
        <translation>Qaytish — %1 (unprotected register)</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>The password of %1 is changed.</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>Who did what and when in this register, and whether the record of it is intact.</source>
        <translation>Who did what and when in this register, and whether the record of it is intact.</translation>
    </message>
    <message>
        <source>Apply the &amp;retention period…</source>
        <translation>Apply the &amp;retention period…</translation>
    </message>
    <message>
        <source>Anonymise the persons whose cases were returned or closed longer ago than the mission keeps them.</source>
        <translation>Anonymise the persons whose cases were returned or closed longer ago than the mission keeps them.</translation>
    </message>
    <message>
        <source>Write everything the register holds about the person of the selected case to a PDF or JSON file, for the person&apos;s request to see their data.</source>
        <translation>Write everything the register holds about the person of the selected case to a PDF or JSON file, for the person&apos;s request to see their data.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Copy the whole register to a file to keep elsewhere, sealed with a passphrase.</source>
        <translation>Copy the whole register to a file to keep elsewhere, sealed with a passphrase.</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Restore from a bac&amp;kup…</translation>
    </message>
    <message>
        <source>Replace the register with a backup, after checking the whole of it.</source>
        <translation>Replace the register with a backup, after checking the whole of it.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Backing up the register…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>The backup was not made</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>The register was backed up to %1 (%2), sealed with the passphrase. Keep the passphrase apart from the file: without it the backup cannot be restored.</source>
        <translation>The register was backed up to %1 (%2), sealed with the passphrase. Keep the passphrase apart from the file: without it the backup cannot be restored.</translation>
    </message>
    <message>
        <source>The register was backed up to %1 (%2). It is not sealed: anyone who has the file can read every case in it.</source>
        <translation>The register was backed up to %1 (%2). It is not sealed: anyone who has the file can read every case in it.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation>Backups (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>The backup was not restored</translation>
    </message>
    <message>
        <source>Checking the whole backup…</source>
        <translation>Checking the whole backup…</translation>
    </message>
    <message>
        <source>The backup %1 is complete and sound. Replace the register %2 with it? Everything recorded since the backup was made will no longer be in the register; the register as it is now is kept as a safety copy.</source>
        <translation>The backup %1 is complete and sound. Replace the register %2 with it? Everything recorded since the backup was made will no longer be in the register; the register as it is now is kept as a safety copy.</translation>
    </message>
</context>
<context>
    <name>qaytish::MissionSettingsDialog</name>
    <message>
        <source>%1 (Uzbek):</source>
        <translation>%1 (Uzbek):</translation>
    </message>
    <message>
        <source>%1 (Russian):</source>
        <translation>%1 (Russian):</translation>
    </message>
    <message>
        <source>%1 (English):</source>
        <translation>%1 (English):</translation>
    </message>
    <message>
        <source>Host &amp;country (ICAO code):</source>
        <translation>Host &amp;country (ICAO code):</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>&amp;Head of mission:</source>
        <translation>&amp;Head of mission:</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>Number &amp;prefix:</translation>
    </message>
    <message>
        <source>Default &amp;validity (days):</source>
        <translation>Default &amp;validity (days):</translation>
    </message>
    <message>
        <source>An expired passport still serves for (days):</source>
        <translation>An expired passport still serves for (days):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <source>English on documents:</source>
        <translation>English on documents:</translation>
    </message>
    <message>
        <source>An identity check is &amp;overdue after (days):</source>
        <translation>An identity check is &amp;overdue after (days):</translation>
    </message>
    <message>
        <source>Stored photo &amp;width (pixels):</source>
        <translation>Stored photo &amp;width (pixels):</translation>
    </message>
    <message>
        <source>Stored photo &amp;height (pixels):</source>
        <translation>Stored photo &amp;height (pixels):</translation>
    </message>
    <message>
        <source>Smallest accepted width (pixels):</source>
        <translation>Smallest accepted width (pixels):</translation>
    </message>
    <message>
        <source>Smallest accepted height (pixels):</source>
        <translation>Smallest accepted height (pixels):</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Mission settings</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Print the texts in English as well</source>
        <translation>Print the texts in English as well</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Consular fee, &amp;adult:</source>
        <translation>Consular fee, &amp;adult:</translation>
    </message>
    <message>
        <source>Consular fee, &amp;minor:</source>
        <translation>Consular fee, &amp;minor:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <source>none yet: made when the first certificate is issued or the public key is exported</source>
        <translation>none yet: made when the first certificate is issued or the public key is exported</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>Public key files (%1)</source>
        <translation>Public key files (%1)</translation>
    </message>
    <message>
        <source>Wrote the mission&apos;s public key %1 to %2. With it, a border officer&apos;s phone or %3 checks the QR code of a certificate offline.</source>
        <translation>Wrote the mission&apos;s public key %1 to %2. With it, a border officer&apos;s phone or %3 checks the QR code of a certificate offline.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Export public key…</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Document title</translation>
    </message>
    <message>
        <source>A travel document is &amp;expiring within (days):</source>
        <translation>A travel document is &amp;expiring within (days):</translation>
    </message>
    <message>
        <source>Daily safety copies &amp;kept:</source>
        <translation>Daily safety copies &amp;kept:</translation>
    </message>
    <message>
        <source>Anonymise returned or closed cases after (&amp;years):</source>
        <translation>Anonymise returned or closed cases after (&amp;years):</translation>
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
        <translation>not given</translation>
    </message>
    <message>
        <source>Sex %1, born %2, nationality %3</source>
        <translation>Sex %1, born %2, nationality %3</translation>
    </message>
    <message>
        <source>Passport %1 of %2</source>
        <translation>Passport %1 of %2</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Document %1 of %2</translation>
    </message>
    <message>
        <source>%1, expired on %2</source>
        <translation>%1, expired on %2</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>PINFL %1: %2</source>
        <translation>PINFL %1: %2</translation>
    </message>
    <message>
        <source>PINFL %1 agrees with the date of birth and sex.</source>
        <translation>PINFL %1 agrees with the date of birth and sex.</translation>
    </message>
    <message>
        <source>it gives the date of birth %1</source>
        <translation>it gives the date of birth %1</translation>
    </message>
    <message>
        <source>it gives the sex %1</source>
        <translation>it gives the sex %1</translation>
    </message>
    <message>
        <source>PINFL %1 does not agree with the zone: %2.</source>
        <translation>PINFL %1 does not agree with the zone: %2.</translation>
    </message>
    <message>
        <source>The PINFL&apos;s check digit does not match.</source>
        <translation>The PINFL&apos;s check digit does not match.</translation>
    </message>
    <message>
        <source>All check digits are correct.</source>
        <translation>All check digits are correct.</translation>
    </message>
    <message>
        <source>Check digits wrong: %1. The zone was misread or altered: read it again or compare it with the document.</source>
        <translation>Check digits wrong: %1. The zone was misread or altered: read it again or compare it with the document.</translation>
    </message>
    <message>
        <source>The zone is read as soon as all its lines are there.</source>
        <translation>The zone is read as soon as all its lines are there.</translation>
    </message>
    <message numerus="yes">
        <source>Reading: %n line(s) so far.</source>
        <translation>
            <numerusform>Reading: %n line so far.</numerusform>
            <numerusform>Reading: %n lines so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>A check digit is wrong: read the zone again before applying it.</source>
        <translation>A check digit is wrong: read the zone again before applying it.</translation>
    </message>
    <message>
        <source>Read MRZ</source>
        <translation>Read MRZ</translation>
    </message>
    <message>
        <source>&amp;Machine readable zone (paste, type or scan; Enter starts a new line):</source>
        <translation>&amp;Machine readable zone (paste, type or scan; Enter starts a new line):</translation>
    </message>
    <message>
        <source>The zone drops the marks of oʻ and gʻ and may put the patronymic among the given names. Apply fills the fields; then compare the names with the document and correct them. The patronymic is left as it is.</source>
        <translation>The zone drops the marks of oʻ and gʻ and may put the patronymic among the given names. Apply fills the fields; then compare the names with the document and correct them. The patronymic is left as it is.</translation>
    </message>
    <message>
        <source>Apply to the person</source>
        <translation>Apply to the person</translation>
    </message>
</context>
<context>
    <name>qaytish::PassphraseDialog</name>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>%1 is sealed. &amp;Passphrase:</source>
        <translation>%1 is sealed. &amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>qaytish::RetentionDialog</name>
    <message>
        <source>Apply the retention period</source>
        <translation>Apply the retention period</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Returned or closed on</source>
        <translation>Returned or closed on</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonymise</translation>
    </message>
    <message numerus="yes">
        <source>The mission keeps returned and closed cases for %n year(s). </source>
        <translation>
            <numerusform>The mission keeps returned and closed cases for %n year. </numerusform>
            <numerusform>The mission keeps returned and closed cases for %n years. </numerusform>
        </translation>
    </message>
    <message>
        <source>No case was returned or closed before %1: nobody is due for anonymisation.</source>
        <translation>No case was returned or closed before %1: nobody is due for anonymisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have every case returned or closed before %1 and will be anonymised:</source>
        <translation>
            <numerusform>%n person has every case returned or closed before %1 and will be anonymised:</numerusform>
            <numerusform>%n persons have every case returned or closed before %1 and will be anonymised:</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from each person:</source>
        <translation>Removed from each person:</translation>
    </message>
    <message>
        <source>Kept: the cases, their dates and statuses, sex, nationality.</source>
        <translation>Kept: the cases, their dates and statuses, sex, nationality.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n person(s)</source>
        <translation>
            <numerusform>&amp;Anonymise %n person</numerusform>
            <numerusform>&amp;Anonymise %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n person now? This cannot be undone.</numerusform>
            <numerusform>Anonymise %n persons now? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%n person anonymised.</numerusform>
            <numerusform>%n persons anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qaytish::ReturnListsWindow</name>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Add cases to the list</source>
        <translation>Add cases to the list</translation>
    </message>
    <message>
        <source>&amp;Search by name in any script, passport, PINFL, host reference or case reference:</source>
        <translation>&amp;Search by name in any script, passport, PINFL, host reference or case reference:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add the chosen cases</source>
        <translation>&amp;Add the chosen cases</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Return lists</source>
        <translation>Return lists</translation>
    </message>
    <message>
        <source>&amp;Lists (newest flight first):</source>
        <translation>&amp;Lists (newest flight first):</translation>
    </message>
    <message>
        <source>&amp;New list</source>
        <translation>&amp;New list</translation>
    </message>
    <message>
        <source>&amp;Flight:</source>
        <translation>&amp;Flight:</translation>
    </message>
    <message>
        <source>Ca&amp;rrier:</source>
        <translation>Ca&amp;rrier:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Departure &amp;time:</source>
        <translation>Departure &amp;time:</translation>
    </message>
    <message>
        <source>F&amp;rom (IATA):</source>
        <translation>F&amp;rom (IATA):</translation>
    </message>
    <message>
        <source>&amp;To (IATA):</source>
        <translation>&amp;To (IATA):</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>&amp;Save flight</source>
        <translation>&amp;Save flight</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Passengers</translation>
    </message>
    <message>
        <source>Escorts</source>
        <translation>Escorts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>Name (Latin)</translation>
    </message>
    <message>
        <source>Name (Cyrillic)</source>
        <translation>Name (Cyrillic)</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Boarded</source>
        <translation>Boarded</translation>
    </message>
    <message>
        <source>&amp;Add cases…</source>
        <translation>&amp;Add cases…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off…</source>
        <translation>Ta&amp;ke off…</translation>
    </message>
    <message>
        <source>Rece&amp;ption…</source>
        <translation>Rece&amp;ption…</translation>
    </message>
    <message>
        <source>Boar&amp;ded</source>
        <translation>Boar&amp;ded</translation>
    </message>
    <message>
        <source>Did n&amp;ot board…</source>
        <translation>Did n&amp;ot board…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Add &amp;escort…</source>
        <translation>Add &amp;escort…</translation>
    </message>
    <message>
        <source>Remove escort</source>
        <translation>Remove escort</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Override…</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Finalize</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mplete</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>O&amp;utput:</translation>
    </message>
    <message>
        <source>Manifest (carrier, host authorities)</source>
        <translation>Manifest (carrier, host authorities)</translation>
    </message>
    <message>
        <source>Reception list (authorities at home)</source>
        <translation>Reception list (authorities at home)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 – %4
%5, %n passenger(s)</source>
        <translation>
            <numerusform>%1, %2, %3 – %4
%5, %n passenger</numerusform>
            <numerusform>%1, %2, %3 – %4
%5, %n passengers</numerusform>
        </translation>
    </message>
    <message>
        <source>Return list %1: %2</source>
        <translation>Return list %1: %2</translation>
    </message>
    <message>
        <source>Create a list with “New list”, or choose one.</source>
        <translation>Create a list with “New list”, or choose one.</translation>
    </message>
    <message>
        <source>(confirmed)</source>
        <translation>(confirmed)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>HARD STOP</source>
        <translation>HARD STOP</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>Overridden by %1: %2</translation>
    </message>
    <message>
        <source>Check: no hard stops and no warnings.</source>
        <translation>Check: no hard stops and no warnings.</translation>
    </message>
    <message>
        <source>Check: no hard stops; every warning is overridden with a recorded reason.</source>
        <translation>Check: no hard stops; every warning is overridden with a recorded reason.</translation>
    </message>
    <message>
        <source>Check: %1 hard stop(s), which take the person off when the list is finalised and which no reason overrides; %2 warning(s) not overridden. A consul may override a warning with a reason.</source>
        <translation>Check: %1 hard stop(s), which take the person off when the list is finalised and which no reason overrides; %2 warning(s) not overridden. A consul may override a warning with a reason.</translation>
    </message>
    <message>
        <source>A hard stop cannot be overridden.</source>
        <translation>A hard stop cannot be overridden.</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Take off the list</translation>
    </message>
    <message>
        <source>Why is the person taken off the list?</source>
        <translation>Why is the person taken off the list?</translation>
    </message>
    <message>
        <source>Reception in Uzbekistan: %1</source>
        <translation>Reception in Uzbekistan: %1</translation>
    </message>
    <message>
        <source>The person &amp;agrees that the receiver be contacted</source>
        <translation>The person &amp;agrees that the receiver be contacted</translation>
    </message>
    <message>
        <source>The receiver (parent or guardianship authority) has &amp;confirmed</source>
        <translation>The receiver (parent or guardianship authority) has &amp;confirmed</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>Received &amp;by:</translation>
    </message>
    <message>
        <source>Re&amp;lation or body:</source>
        <translation>Re&amp;lation or body:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <source>The contact is printed on the reception list only with the person&apos;s consent; the manifest never shows reception data.</source>
        <translation>The contact is printed on the reception list only with the person&apos;s consent; the manifest never shows reception data.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add an escort</source>
        <translation>Add an escort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Override a warning</source>
        <translation>Override a warning</translation>
    </message>
    <message>
        <source>%1

Why may the list go ahead despite this warning? The reason is recorded with your name.</source>
        <translation>%1

Why may the list go ahead despite this warning? The reason is recorded with your name.</translation>
    </message>
    <message>
        <source>Finalize the list</source>
        <translation>Finalize the list</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with a hard stop will be taken off the list. Finalize the list? Its passengers go on the return list.</source>
        <translation>
            <numerusform>%n person with a hard stop will be taken off the list. Finalize the list? Its passengers go on the return list.</numerusform>
            <numerusform>%n people with a hard stop will be taken off the list. Finalize the list? Its passengers go on the return list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalize the list? Its passengers go on the return list, and the list changes only after it is reopened.</source>
        <translation>Finalize the list? Its passengers go on the return list, and the list changes only after it is reopened.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <source>The list is not final: override each warning with a reason first.</source>
        <translation>The list is not final: override each warning with a reason first.</translation>
    </message>
    <message>
        <source>Reopen the list</source>
        <translation>Reopen the list</translation>
    </message>
    <message>
        <source>Why is the final list reopened?</source>
        <translation>Why is the final list reopened?</translation>
    </message>
    <message>
        <source>Did not board</source>
        <translation>Did not board</translation>
    </message>
    <message>
        <source>Why did the person not board? The case goes back to “document issued”.</source>
        <translation>Why did the person not board? The case goes back to “document issued”.</translation>
    </message>
    <message>
        <source>Export the list as PDF</source>
        <translation>Export the list as PDF</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>PDF documents (%1)</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Export the list as CSV</translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation>CSV files (%1)</translation>
    </message>
</context>
<context>
    <name>qaytish::SafetyCopiesDialog</name>
    <message>
        <source>daily copy</source>
        <translation>daily copy</translation>
    </message>
    <message>
        <source>the register before a restore</source>
        <translation>the register before a restore</translation>
    </message>
    <message>
        <source>before the upgrade to register version %1</source>
        <translation>before the upgrade to register version %1</translation>
    </message>
    <message>
        <source>Restore a safety copy</source>
        <translation>Restore a safety copy</translation>
    </message>
    <message>
        <source>Safety copies of %1, newest first. Restoring one replaces the register with it; the register as it is now is kept as a safety copy too.</source>
        <translation>Safety copies of %1, newest first. Restoring one replaces the register with it; the register as it is now is kept as a safety copy too.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No safety copy of this register exists yet.</source>
        <translation>No safety copy of this register exists yet.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>the register after the retention period was applied</source>
        <translation>the register after the retention period was applied</translation>
    </message>
</context>
<context>
    <name>qaytish::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The window of %1 is locked. Type the password of %2 to go on.</source>
        <translation>The window of %1 is locked. Type the password of %2 to go on.</translation>
    </message>
    <message>
        <source>The register %1 has user accounts. Sign in with your user name and password.</source>
        <translation>The register %1 has user accounts. Sign in with your user name and password.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator reset your password: choose a new one to sign in.</source>
        <translation>An administrator reset your password: choose a new one to sign in.</translation>
    </message>
</context>
<context>
    <name>qaytish::StatusDialog</name>
    <message>
        <source>The status was not changed</source>
        <translation>The status was not changed</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Current status: %1</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A case in this status cannot change its status.</source>
        <translation>A case in this status cannot change its status.</translation>
    </message>
    <message>
        <source>Required: give the reason for this step.</source>
        <translation>Required: give the reason for this step.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
</context>
<context>
    <name>qaytish::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The users of this register and their roles. Accounts are disabled, never deleted: the histories name them.</source>
        <translation>The users of this register and their roles. Accounts are disabled, never deleted: the histories name them.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>must change the password</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
</context>
<context>
    <name>qaytish::WelcomeView</name>
    <message>
        <source>Welcome to Qaytish</source>
        <translation>Welcome to Qaytish</translation>
    </message>
    <message>
        <source>This register holds no cases yet. Record the first case, or try Qaytish on the demo register of fictional cases.</source>
        <translation>This register holds no cases yet. Record the first case, or try Qaytish on the demo register of fictional cases.</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>No register is open</translation>
    </message>
    <message>
        <source>Open or create a register from the File menu, or try Qaytish on the demo register of fictional cases.</source>
        <translation>Open or create a register from the File menu, or try Qaytish on the demo register of fictional cases.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Open demo register</source>
        <translation>Open demo register</translation>
    </message>
    <message>
        <source>A separate register of fictional cases for practice. Your own register is not touched.</source>
        <translation>A separate register of fictional cases for practice. Your own register is not touched.</translation>
    </message>
    <message>
        <source>Record a new return case (%1)</source>
        <translation>Record a new return case (%1)</translation>
    </message>
    <message>
        <source>Import a list of people from a CSV file as new cases.</source>
        <translation>Import a list of people from a CSV file as new cases.</translation>
    </message>
</context>
</TS>
