<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
