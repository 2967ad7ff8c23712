import { describe, expect, it } from 'vitest';
import { compileParser, parseLine } from '../../../core/parse/index.ts';

const receivedAt = Date.parse('2026-12-01T00:00:00Z');
const parse = (raw: string) => parseLine(raw, { receivedAt });

describe('a log record written as one XML element on one line', () => {
  it("reads ArcGIS Server's <Msg>: time, type as the level, the element's text, the attributes as fields", () => {
    const line = parse(
      '<Msg time="2026-11-28T02:15:40,399" type="SEVERE" code="9511" source="Soap" process="4120" thread="28" methodName="" machine="GISAPP02" user="" elapsed="" requestID="c768beaf">Unable to process request. No instances for &apos;Utilities/PrintingTools.GPServer&apos; were available.</Msg>',
    );
    expect(line).toMatchObject({
      format: 'xml',
      timestamp: Date.parse('2026-11-28T02:15:40.399Z'),
      timestampText: '2026-11-28T02:15:40,399',
      level: 'ERROR',
      message:
        "Unable to process request. No instances for 'Utilities/PrintingTools.GPServer' were available.",
      parseFailed: false,
    });
    expect(line.fields).toEqual({
      code: '9511',
      source: 'Soap',
      process: '4120',
      thread: '28',
      methodName: '',
      machine: 'GISAPP02',
      user: '',
      elapsed: '',
      requestID: 'c768beaf',
    });
  });

  it("reads FoundationDB's trace event: Time (epoch seconds) over DateTime, Severity on its own scale, Type as the message", () => {
    const line = parse(
      '<Event Severity="20" Time="1795776244.519731" DateTime="2026-11-27T10:44:04Z" Type="SlowSSLoopx100" ID="8fb39ddb70631e31" Elapsed="0.213" Machine="10.0.0.5:4500" LogGroup="default" />',
    );
    expect(line).toMatchObject({
      format: 'xml',
      timestamp: Date.parse('2026-11-27T10:44:04.519Z'),
      level: 'WARN',
      message: 'SlowSSLoopx100',
    });
    expect(line.fields).toEqual({
      DateTime: '2026-11-27T10:44:04Z',
      ID: '8fb39ddb70631e31',
      Elapsed: '0.213',
      Machine: '10.0.0.5:4500',
      LogGroup: 'default',
    });
  });

  it.each([
    ['0', 'TRACE'],
    ['5', 'DEBUG'],
    ['10', 'INFO'],
    ['20', 'WARN'],
    ['30', 'WARN'],
    ['40', 'ERROR'],
    ['15', undefined],
    ['1000000', undefined],
  ])('reads FoundationDB Severity %s as %s', (severity, level) => {
    const raw = `<Event Severity="${severity}" Time="1795776000.882538" Type="Role" ID="0" Machine="10.0.0.5:4500" LogGroup="default" />`;
    const line = parse(raw);
    expect(line.format).toBe('xml');
    expect(line.level).toBe(level);
  });

  it("reads garlic-player's event log: child elements, then the Qt-quoted metadata as the text, markup kept", () => {
    const text =
      '"<eventName>OBJECT_UPDATED</eventName><metadata><meta name=\\"contentLength\\" content=\\"6412\\"/></metadata>"';
    const line = parse(
      `<event><eventType>warning</eventType><eventTime>2026-11-30 05:01:03.518</eventTime><eventSource>ContentManager</eventSource>${text}</event>`,
    );
    expect(line).toMatchObject({
      format: 'xml',
      timestamp: Date.parse('2026-11-30T05:01:03.518Z'),
      level: 'WARN',
      message: text,
    });
    expect(line.fields).toEqual({ eventSource: 'ContentManager' });
  });

  it("reads log4j's XML schema as log4net and NLog write it: epoch ms, the logger, the message child decoded, properties by name", () => {
    const line = parse(
      '<log4j:event logger="Shop.Orders" level="ERROR" timestamp="1796032800123" thread="7"><log4j:message>order &lt;42&gt; &amp; &quot;x&quot; caf&#233; &#x1F600;</log4j:message><log4j:throwable>System.Exception: boom</log4j:throwable><log4j:properties><log4j:data name="log4japp" value="Shop.exe"/><log4j:data name="log4jmachinename" value="WEB1"/></log4j:properties></log4j:event>',
    );
    expect(line).toMatchObject({
      format: 'xml',
      timestamp: Date.parse('2026-11-30T10:00:00.123Z'),
      level: 'ERROR',
      logger: 'Shop.Orders',
      message: 'order <42> & "x" café 😀',
    });
    expect(line.fields).toEqual({
      thread: '7',
      throwable: 'System.Exception: boom',
      properties: { log4japp: 'Shop.exe', log4jmachinename: 'WEB1' },
    });
  });

  it("reads log4net's XmlLayout: an ISO time with its offset, the message in CDATA", () => {
    const line = parse(
      '<log4net:event logger="Svc" timestamp="2026-11-30T11:00:00.1234567+01:00" level="WARN" thread="1" domain="svc.exe" username="CORP\\svc"><log4net:message><![CDATA[if a < b && c]]></log4net:message></log4net:event>',
    );
    expect(line).toMatchObject({
      format: 'xml',
      timestamp: Date.parse('2026-11-30T10:00:00.123Z'),
      level: 'WARN',
      message: 'if a < b && c',
      logger: 'Svc',
    });
  });

  it('reads a Windows event: TimeCreated SystemTime, System/Level on the event schema, the rendered message', () => {
    const event = (level: string, rendered = '') =>
      `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Service Control Manager'/><EventID>7031</EventID><Level>${level}</Level><TimeCreated SystemTime='2026-11-30T10:00:00.1234567Z'/><Computer>dc1</Computer></System><EventData><Data Name='param1'>Spooler</Data></EventData>${rendered}</Event>`;
    const line = parse(
      event('2', '<RenderingInfo><Message>The Spooler service terminated.</Message></RenderingInfo>'),
    );
    expect(line).toMatchObject({
      format: 'xml',
      timestamp: Date.parse('2026-11-30T10:00:00.123Z'),
      level: 'ERROR',
      message: 'The Spooler service terminated.',
    });
    expect(line.fields).toEqual({
      System: { Provider: { Name: 'Service Control Manager' }, EventID: '7031', Computer: 'dc1' },
      EventData: { param1: 'Spooler' },
      RenderingInfo: {},
    });
    expect(parse(event('1')).level).toBe('FATAL');
    expect(parse(event('3')).level).toBe('WARN');
    expect(parse(event('4')).level).toBe('INFO');
    // 0 is LogAlways, no severity: the rendered level word, where there is one.
    expect(parse(event('0')).level).toBeUndefined();
    expect(parse(event('0', '<RenderingInfo><Level>Information</Level></RenderingInfo>')).level).toBe('INFO');
  });

  it('reads a number as a level only on a scale the element names: elsewhere it stays in fields', () => {
    const line = parse('<entry time="2026-11-30T10:00:00Z" level="3">disk nearly full</entry>');
    expect(line).toMatchObject({ format: 'xml', message: 'disk nearly full', level: undefined });
    expect(line.fields).toEqual({ level: '3' });
    // An <Event> with a Severity but not FoundationDB's attributes.
    expect(parse('<Event Severity="20" Time="1795776244.519731">x</Event>').level).toBeUndefined();
  });

  it('reads type and eventType as a level only where they spell one', () => {
    expect(parse('<r time="2026-11-30T10:00:00Z" type="Net2Starting">x</r>')).toMatchObject({
      format: 'xml',
      level: undefined,
      fields: { type: 'Net2Starting' },
    });
    expect(parse('<r time="2026-11-30T10:00:00Z" type="E">x</r>').level).toBeUndefined();
    expect(parse('<r time="2026-11-30T10:00:00Z" priority="warning">x</r>').level).toBe('WARN');
    expect(parse('<r time="2026-11-30T10:00:00Z" level="E">x</r>').level).toBe('ERROR');
  });

  it('keeps a child written twice as a list, a name-value pair under its name, namespace declarations out', () => {
    const line = parse(
      '<r xmlns:x="urn:x" time="2026-11-30T10:00:00Z"><b>1</b><b>2</b><b>3</b><x:data name="k" value="1"/><x:data name="k" value="2"/><c a="1">t</c></r>',
    );
    expect(line.fields).toEqual({ b: ['1', '2', '3'], k: ['1', '2'], c: { a: '1', text: 't' } });
  });

  it("keeps the record's own text when a name gave the message, and reads it over a name holding none", () => {
    const named = parse(
      '<entry time="2026-11-30T10:00:00Z" level="error" event="login">Password failure for admin</entry>',
    );
    expect(named).toMatchObject({ format: 'xml', level: 'ERROR', message: 'login' });
    expect(named.fields).toEqual({ text: 'Password failure for admin' });
    const blank = parse('<r time="2026-11-30T10:00:00Z" level="error" msg="">Disk failure</r>');
    expect(blank).toMatchObject({ format: 'xml', level: 'ERROR', message: 'Disk failure' });
    expect(blank.fields).toEqual({ msg: '' });
    const empty = parse('<r time="2026-11-30T10:00:00Z" level="error"><msg> </msg></r>');
    expect(empty).toMatchObject({ format: 'xml', message: '', fields: {} });
  });

  it('reads a scale only on its own record: a self-closed <Event> short of FoundationDB attributes, a <System> with no Provider', () => {
    expect(parse('<Event Severity="20" Time="1795776244.519731" Type="SlowTask" />').level).toBeUndefined();
    const system = (inner: string) =>
      `<Event><System>${inner}<Level>2</Level><TimeCreated SystemTime='2026-11-30T10:00:00Z'/></System></Event>`;
    expect(parse(system("<Provider Name='Svc'/>")).level).toBe('ERROR');
    expect(parse(system('')).level).toBeUndefined();
    expect(
      parse(`<Event><Head>h</Head>${system("<Provider Name='Svc'/>").slice('<Event>'.length)}`).level,
    ).toBeUndefined();
  });

  it('reads roles two levels down, no deeper; nests eight levels, past them the markup is the text', () => {
    const deep = parse('<r level="info"><a><b><c time="2020-01-01T00:00:00Z"/></b></a>x</r>');
    expect(deep).toMatchObject({ format: 'xml', level: 'INFO', timestamp: undefined });
    const nested = (depth: number) =>
      `<r time="2026-11-30T10:00:00Z">${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</r>`;
    expect(parse(nested(8))).toMatchObject({ message: '', fields: { a: { a: { a: { a: {} } } } } });
    expect(parse(nested(9))).toMatchObject({ message: `${'<a>'.repeat(9)}x${'</a>'.repeat(9)}`, fields: {} });
  });

  it('keeps an element of a name, a value and more attributes as an object of its own', () => {
    const line = parse('<r time="2026-11-30T10:00:00Z"><data name="k" value="1" type="int"/></r>');
    expect(line.fields).toEqual({ data: { name: 'k', value: '1', type: 'int' } });
  });

  it('keeps a character reference naming no character as written', () => {
    const line = parse('<r time="2026-11-30T10:00:00Z">a &#0; b &#1114112; c &#xD800; d &nbsp; e</r>');
    expect(line.message).toBe('a &#0; b &#1114112; c &#xD800; d &nbsp; e');
  });
});

describe('lines that only look like an XML record', () => {
  it.each([
    ['a tag opening free text', '<event> Initiated logon request'],
    ['an element naming neither time nor level', '<p class="note">Hello</p>'],
    ['HTML with an unquoted attribute', '<font size=3 time="2026-11-30T10:00:00Z">big</font>'],
    ['two records on one line', '<r time="2026-11-30T10:00:00Z">x</r><r time="2026-11-30T10:00:01Z">y</r>'],
    ['a record left open', '<r time="2026-11-30T10:00:00Z">x'],
    ['an empty element before more markup', '<r time="2026-11-30T10:00:00Z"/><s>y</s>'],
    ['a closing tag of another name', '<r time="2026-11-30T10:00:00Z">x</s>'],
    ['an XML declaration', '<?xml version="1.0"?>'],
    ['a comment', '<!-- time="2026-11-30T10:00:00Z" -->'],
    ['a value holding <', '<r time="2026-11-30T10:00:00Z" note="a<b">x</r>'],
    ['an unreadable time and no level', '<r time="soon">x</r>'],
  ])('%s is not read as XML', (_, raw) => {
    expect(parse(raw).format).not.toBe('xml');
  });

  it("leaves syslog's PRI and a dev server's <i> to their readers", () => {
    expect(parse('<13>Nov 30 10:00:00 host app: started').format).toBe('syslog3164');
    expect(parse('<34>1 2026-11-30T10:00:00Z host app - - - started').format).toBe('syslog5424');
    expect(parse('<i> [webpack-dev-server] Project is running at:')).toMatchObject({
      level: 'INFO',
      message: 'Project is running at:',
    });
  });

  it('reads a line forced to xml, and says when a line is not', () => {
    const options = { receivedAt, format: 'xml' as const };
    expect(parseLine('<r time="2026-11-30T10:00:00Z" level="info">x</r>', options).level).toBe('INFO');
    expect(parseLine('plain text', options)).toMatchObject({ format: 'plain', parseFailed: true });
  });
});

describe('hostile XML', () => {
  it('never throws on deep nesting: past the depth read, the markup is the text', () => {
    const depth = 30_000;
    const raw = `<r time="2026-11-30T10:00:00Z">${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</r>`;
    const line = parse(raw);
    expect(line.format).toBe('xml');
    expect(line.message.length).toBe(raw.length - '<r time="2026-11-30T10:00:00Z"></r>'.length);
    const open = parse(`<r time="2026-11-30T10:00:00Z">${'<a>'.repeat(depth)}`);
    expect(open.format).not.toBe('xml');
  });

  it('reads a line of many elements no further than its element budget, the rest its text', () => {
    const raw = `<r time="2026-11-30T10:00:00Z">${'<b>x</b>'.repeat(20_000)}</r>`;
    const line = parse(raw);
    expect(line.format).toBe('xml');
    expect(line.fields.b).toHaveLength(512);
    expect(line.message.startsWith('<b>x</b>')).toBe(true);
  });

  it('reads a record of many attributes, and one with an unclosed CDATA section', () => {
    const attributes = Array.from({ length: 5000 }, (_, k) => `a${k}="${k}"`).join(' ');
    const line = parse(`<r time="2026-11-30T10:00:00Z" ${attributes}/>`);
    expect(Object.keys(line.fields)).toHaveLength(5000);
    const cdata = parse('<r time="2026-11-30T10:00:00Z"><m><![CDATA[never closed</m></r>');
    expect(cdata).toMatchObject({ format: 'xml', message: '<m><![CDATA[never closed</m>' });
  });

  it('keeps a __proto__ attribute as a field', () => {
    const line = parse('<r time="2026-11-30T10:00:00Z" __proto__="x"><constructor>y</constructor></r>');
    expect(Object.getPrototypeOf(line.fields)).toBe(Object.prototype);
    expect(Object.hasOwn(line.fields, '__proto__')).toBe(true);
    expect(line.fields.constructor).toBe('y');
  });

  it('reads a source of records the same once it learned them', () => {
    const lines = [10, 20, 40, 10].map(
      (severity, k) =>
        `<Event Severity="${severity}" Time="${1795776000 + k}.5" Type="T${k}" ID="0" Machine="m:1" LogGroup="default" />`,
    );
    const parser = compileParser({});
    parser.learn('fdb', lines, receivedAt);
    for (const raw of lines) expect(parser(raw, receivedAt, 'fdb')).toEqual(parseLine(raw, { receivedAt }));
  });
});
