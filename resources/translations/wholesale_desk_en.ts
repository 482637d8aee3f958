<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) deleted in 1C still have unsent local work. &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n client deleted in 1C still has unsent local work. &lt;a href=&apos;#&apos;&gt;Show it&lt;/a&gt;</numerusform>
            <numerusform>%n clients deleted in 1C still have unsent local work. &lt;a href=&apos;#&apos;&gt;Show them&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailDelivery</name>
    <message numerus="yes">
        <source>E-mail sent: %n message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) waiting in the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) may not have been sent: see File → Mail outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent to 1C</source>
        <translation>
            <numerusform>%n change not sent to 1C</numerusform>
            <numerusform>%n changes not sent to 1C</numerusform>
        </translation>
    </message>
</context>
</TS>
