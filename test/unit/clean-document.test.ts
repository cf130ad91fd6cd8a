import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/ingest/load-documents.js';
import { toFileOffset } from '../../src/ingest/map-clean-offset.js';
import { plainText } from '../../src/ingest/extract-metadata.js';

const seed = (id: string) =>
  parseSourceDocument(`seeds/${id}.txt`, readFileSync(`seeds/${id}.txt`, 'utf8'));

/** Every one of `lines` is in the cleaned text: kept as a fact, not dropped as a heading. */
function expectKept(cleanText: string, lines: readonly string[]): void {
  for (const line of lines) expect(cleanText).toContain(line);
}

describe('cleaning news articles', () => {
  it('reads a leading "date" stamp and keeps it out of the text', () => {
    const document = seed('000_bcff9cf575703604');
    expect(document.date).toBe('2024-04-30');
    expect(document.cleanText.startsWith('The first outcomes')).toBe(true);
  });

  it('takes publisher and date from a "Published in" line and drops the link list after it', () => {
    const document = seed('001_107dfff3603230d6');
    expect(document.source).toBe('Dawn');
    expect(document.date).toBe('2022-02-15');
    for (const boilerplate of [
      'Must Read',
      'Embracing crypto',
      'Children in jails',
      'Published in Dawn',
      'Opinion',
    ]) {
      expect(document.cleanText).not.toContain(boilerplate);
    }
    expect(document.cleanText).toContain('909km-long border');
  });

  it('keeps one title out of repeated title lines and a repeated standfirst', () => {
    const document = seed('002_ca02f067119876c3');
    expect(document.title).toBe('Iran, Pakistan Weigh Plans to Step Up Border Security');
    expect(document.source).toBe('Iran News');
    expect(document.cleanText).not.toContain('Weigh Plans');
    expect(document.cleanText.match(/Highest-ranking military commanders/g)).toHaveLength(1);
  });

  it('reads the publisher from a closing "Source:" line and keeps it and the author blurb quotable as metadata', () => {
    const document = seed('003_f61ffbca402f8e95');
    expect(document.title).toBe('Pakistan and Iran to form rapid reaction force along border area');
    expect(document.source).toBe('Al Jazeera');
    expect(document.cleanText).not.toContain('Source: Al Jazeera');
    expect(document.cleanText).not.toContain('He tweets');
    expect(document.metadata.map(({ start, end }) => document.fileText.slice(start, end))).toEqual([
      'Asad Hashim is Al Jazeera’s digital correspondent in Pakistan. He tweets @AsadHashim.',
      'Source: Al Jazeera',
    ]);
  });

  it('keeps date stamps, "Published in" lines and desk credits as quotable metadata lines', () => {
    const quotes = (id: string) => {
      const document = seed(id);
      return document.metadata.map(({ start, end }) => document.fileText.slice(start, end));
    };
    expect(quotes('000_bcff9cf575703604')).toEqual(['date 2024-04-30']);
    expect(quotes('001_107dfff3603230d6')).toEqual(['Published in Dawn, February 15th, 2022']);
    expect(quotes('002_ca02f067119876c3')).toEqual(['IRAN NEWS NATIONAL DESK']);
    expect(quotes('004_d8be782e761c7253')).toEqual(['BW Monitoring Desk']);
  });

  it('drops an unrelated headline printed before the real one', () => {
    const document = seed('004_d8be782e761c7253');
    expect(document.title).toBe(
      'Balochistan: Iran and Pakistan Agree to Appoint High-Ranking Officials for Border Coordination',
    );
    expect(document.cleanText).not.toContain('Punjabi Army Will Not Succeed');
    expect(document.cleanText.startsWith('Pakistan and Iran have decided')).toBe(true);
  });

  it('maps every cleaned character back to the same character of the file', () => {
    for (const id of [
      '000_bcff9cf575703604',
      '001_107dfff3603230d6',
      '002_ca02f067119876c3',
      '003_f61ffbca402f8e95',
      '004_d8be782e761c7253',
    ]) {
      const document = seed(id);
      let separators = 0;
      for (let i = 0; i < document.cleanText.length; i += 1) {
        const offset = toFileOffset(document.paragraphs, i);
        if (document.cleanText[i] === '\n' && document.fileText[offset] !== '\n') {
          separators += 1;
          continue;
        }
        expect(document.fileText[offset]).toBe(document.cleanText[i]);
      }
      expect(separators).toBe(2 * (document.paragraphs.length - 1));
      expect(() => toFileOffset(document.paragraphs, document.cleanText.length)).toThrow(
        RangeError,
      );
    }
  });

  it('falls back to the first sentence as title and null metadata for a plain article', () => {
    const document = parseSourceDocument(
      'mine/notes.md',
      'Rain fell on Tuesday across the valley. Farmers were pleased.',
    );
    expect(document.docId).toBe('notes');
    expect(document.title).toBe('Rain fell on Tuesday across the valley.');
    expect(document.date).toBeNull();
    expect(document.source).toBeNull();
  });
});

describe('cleaning a Markdown article someone dropped in', () => {
  const text = `## Budget passes after all-night session\n\n*By Jane Roe, Staff Writer*\nMarch 3, 2023\n\nThe **city council** passed the [budget](https://example.com) at 4 a.m. on Friday. It totals $2.1bn.\n`;
  const document = parseSourceDocument('mine/budget.md', text);

  it('takes the heading as a plain title and lifts byline and dateline out as metadata', () => {
    expect(document.title).toBe('Budget passes after all-night session');
    expect(document.date).toBe('2023-03-03');
    expect(document.metadata.map(({ start, end }) => text.slice(start, end))).toEqual([
      '*By Jane Roe, Staff Writer*',
      'March 3, 2023',
    ]);
    expect(document.cleanText.startsWith('The **city council** passed')).toBe(true);
  });
});

describe('reading the header lines and dateline of articles laid out in other styles', () => {
  const parse = (text: string) => parseSourceDocument('mine/story.txt', text);
  const quotes = (text: string) =>
    parse(text).metadata.map(({ start, end }) => text.slice(start, end));

  it('takes the publication and date from a line under the headline, joined by a comma or a bar', () => {
    const comma = `Harbour bridge reopens after six months of repairs\n\nBy Ann Lee\nThe Valley Herald, Saturday 30 April 2022\n\nThe harbour bridge reopened to traffic on Friday after repairs that took six months and cost more than planned.\n`;
    expect(parse(comma)).toMatchObject({ date: '2022-04-30', source: 'The Valley Herald' });
    expect(quotes(comma)).toEqual(['By Ann Lee', 'The Valley Herald, Saturday 30 April 2022']);
    expect(parse(comma).title).toBe('Harbour bridge reopens after six months of repairs');

    const bar = `Harbour bridge reopens\nCoastwire | August 5, 2021\n\nThe harbour bridge reopened to traffic on Friday after repairs that took six months.\n`;
    expect(parse(bar)).toMatchObject({ date: '2021-08-05', source: 'Coastwire' });
  });

  it('reads a section, publication and date line printed above the headline', () => {
    const kicker = `OPINION | The Valley Herald | April 11, 2022\n\nNobody went to the bridge opening. The council should have seen it coming.\n\nThe harbour bridge reopened to traffic on Friday after repairs that took six months and cost more than planned.\n`;
    expect(parse(kicker)).toMatchObject({ date: '2022-04-11', source: 'The Valley Herald' });
    expect(parse(kicker).title).toMatch(/^Nobody went to the bridge opening/u);
  });

  it('drops the "Source:" label from a source line carrying a date', () => {
    const labelled = `Harbour bridge reopens after repairs\n\nSource: Coastwire | March 12, 2024\n\nThe harbour bridge reopened to traffic on Friday after repairs that took six months.\n`;
    expect(parse(labelled)).toMatchObject({ date: '2024-03-12', source: 'Coastwire' });
  });

  it('takes a markdown heading as the title over a credit line under it, and a headline over a short label', () => {
    const markdown = `# Seven bridges we are waiting for in 2025\n\n*From the Valley Herald blog*\n\nThe Valley Herald team picked the bridges it most wants to cross next year, and the Valley Herald readers agreed.\n`;
    expect(parse(markdown).title).toBe('Seven bridges we are waiting for in 2025');
    const label = `VALLEY NEWSROOM\n\nValley bridge becomes the region's busiest crossing this year\n\nThe Valley bridge carried more traffic than any other crossing in the valley this year, the valley authority said.\n`;
    expect(parse(label).title).toBe(
      "Valley bridge becomes the region's busiest crossing this year",
    );
  });

  it('reads a publication named on a line of its own, an ISO date and a byline carrying both', () => {
    const alone = `BRIDGE REOPENS AT LAST\n\nValley Gazette\nPublished: 2021-07-06\n\nThe harbour bridge reopened to traffic on Friday after repairs that took six months.\n`;
    expect(parse(alone)).toMatchObject({ date: '2021-07-06', source: 'Valley Gazette' });
    const byline = `# Bridge reopens\n\n*By Ann Lee | The Valley Herald | 23 May 2022*\n\nThe harbour bridge reopened to traffic on Friday after repairs that took six months.\n`;
    expect(parse(byline)).toMatchObject({ date: '2022-05-23', source: 'The Valley Herald' });
  });

  it('reads a header of labelled fields ("Title:", "Date:", "Source:") without the labels', () => {
    const text = `Title: Nurses walk out over pay\nDate: 2023-01-18\nSource: Midlands Health Journal\n\nAround 600 nurses went on strike for 48 hours on Tuesday.\n`;
    expect(parse(text)).toMatchObject({
      title: 'Nurses walk out over pay',
      date: '2023-01-18',
      source: 'Midlands Health Journal',
    });
  });

  it('reads date and agency from the dateline opening the story, and keeps the dateline in the text', () => {
    const text = `Bridge reopens after repairs\n\nPORTVILLE, 14 February 2021 (CW) - The harbour bridge reopened to traffic on Friday after repairs that took six months.\n`;
    const document = parse(text);
    expect(document).toMatchObject({ date: '2021-02-14', source: 'CW' });
    expect(document.cleanText.startsWith('PORTVILLE, 14 February 2021 (CW) - The harbour')).toBe(
      true,
    );
    const withRegion = parse(
      `Bridge reopens\n\nAUSTIN, Texas, August 17, 2021 - The harbour bridge reopened to traffic on Friday after repairs that took six months.\n`,
    );
    expect(withRegion.date).toBe('2021-08-17');
  });

  it('does not take a date from a sentence that merely starts like a dateline, nor a headline as a publication', () => {
    const sentence = parse(
      `Bridge reopens\n\nYesterday, on 3 May 2020 - a Sunday - the harbour bridge reopened to traffic after repairs that took six months.\n`,
    );
    expect(sentence.date).toBeNull();
    const headline = parse(
      `Iran, Pakistan Weigh Plans\n\nIran, Pakistan Weigh Plans\n\nThe two countries discussed ways to enhance security at the common border on Monday.\n`,
    );
    expect(headline.source).toBeNull();
  });

  it('keeps a credit printed under the headline as a quotable metadata line', () => {
    const text = `# Ferries after the storm: our read on Q2\n\nHarbour Research | Equity Research\nAnn Lee, Senior Analyst\n16 August 2023\n\nWe are changing two of our three ratings after a quarter in which every operator lost sailings.\n`;
    expect(quotes(text)).toEqual([
      'Harbour Research | Equity Research',
      'Ann Lee, Senior Analyst',
      '16 August 2023',
    ]);
    expect(parse(text).title).toBe('Ferries after the storm: our read on Q2');
  });

  it('takes a first line ending in "?" as the headline', () => {
    const document = parse(
      `Can anyone stop the champions?\n\nBy Ann Lee\n\nThe new season kicks off on Friday night, when the champions travel to the coast for the opening match.\n\nTHE FAVOURITES: HARBOUR CITY\n\nThey won the league by nine points last season and have kept their whole squad together.\n`,
    );
    expect(document.title).toBe('Can anyone stop the champions?');
  });

  it('keeps list items, labelled and dated values and table rows (not their header) as paragraphs, not as headings', () => {
    const text = [
      'Council sets its budget: tax up 3%',
      '',
      'By Ann Lee',
      '',
      'The council approved a budget of $412 million on Tuesday night after a four-hour debate.',
      '',
      '## Where the money goes',
      '',
      '- Police: $48.2 million',
      '- Libraries',
      '2. Parks and recreation',
      '',
      '| Department | 2024 |',
      '|---|---|',
      '| Roads | $19.4m |',
      '',
      '**Score: 8/10**',
      '',
      '14 January 2022: the first vote',
      '',
      '**What does the money buy?**',
      '',
      'Read more: Council elections next spring',
      '',
    ].join('\n');
    const document = parse(text);
    const paragraphs = document.paragraphs.map(({ start, end }) => text.slice(start, end));
    expect(paragraphs).toEqual([
      'The council approved a budget of $412 million on Tuesday night after a four-hour debate.',
      'Police: $48.2 million',
      'Libraries',
      '2. Parks and recreation',
      // The header row names columns; the rows under it state the facts.
      '| Roads | $19.4m |',
      '**Score: 8/10**',
      '14 January 2022: the first vote',
      '**What does the money buy?**',
    ]);
    // A headline with a colon is still the headline.
    expect(document.title).toBe('Council sets its budget: tax up 3%');
  });

  it('shows text without its markdown, even emphasis a sentence boundary split in two', () => {
    expect(plainText('## The **big** one')).toBe('The big one');
    expect(plainText('**The first game came out in 2021.')).toBe(
      'The first game came out in 2021.',
    );
    expect(plainText('What did it sell?**')).toBe('What did it sell?');
    // A figure heading's closing marks, at the end of its line, above the sentence it starts.
    expect(plainText('13.1 million**\nPassengers carried by **Brisa Air**.')).toBe(
      '13.1 million\nPassengers carried by Brisa Air.',
    );
  });

  it('reads the date at the end of a page header line, and takes no capitalised item heading for the publisher', () => {
    const text = [
      'COURIER NEWS IN BRIEF -- Thursday 17 September 2020',
      '',
      'FORMER PROCUREMENT CHIEF CHARGED',
      'Leonard Pask, 53, the former head of procurement, has been charged with four counts of accepting bribes.',
      '',
      'FERNCLIFF PRIMARY: HAVE YOUR SAY',
      'The school board has opened a public consultation on the future of Ferncliff Primary School.',
      '',
    ].join('\n');
    const document = parse(text);
    expect(document.date).toBe('2020-09-17');
    expect(document.source).toBeNull();
    // A label in capitals is a heading, not a fact line.
    expect(document.cleanText).not.toContain('HAVE YOUR SAY');
  });

  it('reads a dateline whose dash is typed as two hyphens', () => {
    const document = parse(
      'Council passes its budget\n\nCALDERMOUTH, Feb. 26, 2019 (Wendle News Service) -- The council approved a $212.4 million budget on Tuesday night after a long debate.\n',
    );
    expect([document.date, document.source]).toEqual(['2019-02-26', 'Wendle News Service']);
  });

  it('keeps a labelled figure under the headline as the story’s first paragraph, not a colon headline', () => {
    const review = parse(
      'Nimbus 2 review: bigger and brighter\n\nVerdict: 4 out of 5\n\nFour years after the first Nimbus, Tessellate is back with a sequel that fixes most of what was wrong.\n',
    );
    expect(review.title).toBe('Nimbus 2 review: bigger and brighter');
    expect(review.cleanText.startsWith('Verdict: 4 out of 5')).toBe(true);
    const headline = parse(
      'OUR VIEW\n\nMillbrook Quay: the right answer, reached the wrong way\n\nThe new plan is a genuinely different proposal from the one refused in February.\n',
    );
    expect(headline.title).toBe('Millbrook Quay: the right answer, reached the wrong way');
  });

  it('keeps a figure heading with the line right under it, the value that line describes', () => {
    const document = parse(
      '2024 by the numbers: the year in the skies\n\nHere is the year in our skies, by the numbers, from records to a runway.\n\n**3. 13.1 million**\nPassengers carried by Brisa Air, up from 12 million the year before.\n\n**Fleet news**\n\nThe airline ended the year with 46 aircraft and launched nine new routes.\n',
    );
    expect(document.cleanText).toContain(
      '**3. 13.1 million**\nPassengers carried by Brisa Air, up from 12 million the year before.',
    );
    // A heading that is not a figure is dropped as before.
    expect(document.cleanText).not.toContain('Fleet news');
    // Above a blank line, even one holding spaces, a figure heading is a heading of its own.
    const apart = parse(
      'Our year in numbers\n\nHere is the year in our skies, by the numbers, from records to a runway.\n\n**3. 13.1 million**\n   \nPassengers carried by Brisa Air, up from 12 million the year before.\n',
    );
    expect(apart.cleanText).not.toContain('13.1 million**');
  });

  it('takes a first-level Markdown heading holding a date as the title, and neither a section heading nor a labelled line as the publisher', () => {
    const document = parseSourceDocument(
      '/c/001_product-sync.md',
      "# Product sync — 4 March 2025\n\n**Notes:** Lise Kowalski\n\n## Decisions\n\n- The mobile app's offline mode ships in version 3.2, planned for 15 April.\n- Dark mode is postponed to the third quarter because the design system is being rebuilt.\n",
    );
    expect(document.title).toBe('Product sync — 4 March 2025');
    expect(document.date).toBe('2025-03-04');
    expect(document.source).toBeNull();
  });

  it('reads a long run of short lines at the head of a concert programme as content, not as headlines to drop', () => {
    const document = parseSourceDocument(
      'programme.md',
      [
        ' date 2022-11-17 Halvergate Symphony Orchestra',
        'Daniel Okafor conductor',
        'Clara Benedek violin',
        'Fenella Drummond: Estuary Lights (world premiere)',
        'Bruch: Violin Concerto No. 1 in G minor, Op. 26',
        'Dvořák: Symphony No. 8 in G major, Op. 88',
        'Commissioned by the Halvergate Symphony Orchestra with the generous support of the Pellow Foundation. Duration: about 18 minutes.',
        'The composer writes: "Estuary Lights is a record of my walks along the river wall to Saltings Point, where the estuary opens out."',
      ].join('\n'),
    );
    expect(document.title).toBe('Halvergate Symphony Orchestra');
    expect(document.cleanText).toContain('Fenella Drummond: Estuary Lights (world premiere)');
  });

  it("still reads a press release's issuer, label and contact lines as a header above its headline", () => {
    const document = parseSourceDocument(
      'release.txt',
      [
        'CALDERMOUTH CITY COUNCIL',
        'PRESS RELEASE',
        'For immediate release: 28 January 2021',
        'Contact: Communications Office, Guildhall, Caldermouth',
        '',
        'COUNCIL AGREES "HOLD THE LINE" BUDGET FOR 2021: TAX FROZEN, SERVICES PROTECTED',
        '',
        'Caldermouth City Council tonight agreed a 2021 operating budget of $214.1 million, which freezes residential property tax for the first time in more than a decade.',
      ].join('\n'),
    );
    expect(document.title).toMatch(/^COUNCIL AGREES/u);
    expect(document.cleanText.startsWith('Caldermouth City Council tonight')).toBe(true);
  });

  it('keeps a labelled line under a Markdown title ("**Attendees:** …") as a fact of the document, however long', () => {
    const document = parseSourceDocument(
      '/c/002_product-sync.md',
      '# Product sync — 18 March 2025\n\n**Attendees:** Hana Ruiz (chair), Omar Haddad, Lise Kowalski, Priya Menon\n\n## Decisions\n\n- Release 3.2 moves from 15 April to 29 April, because offline sync failed testing on slow networks.\n',
    );
    expect(document.cleanText).toContain('Attendees:** Hana Ruiz (chair), Omar Haddad');
    expect(
      document.metadata.some((span) =>
        document.fileText.slice(span.start, span.end).includes('Attendees'),
      ),
    ).toBe(false);
  });

  it('takes no credit line ("Recorded by: …", "Minutes taken by …") or labelled list ("Present: …") for the headline', () => {
    const minutes = parseSourceDocument(
      '/c/011.txt',
      "Kestermoor Beekeepers' Association: AGM minutes, 8 March 2025\n\nVenue: Visitor centre, Netherby Walled Garden\nMinutes taken by Tasha Okonjo, Secretary\n\nAttendance\n71 members attended, the largest AGM turnout on record. Tasha Okonjo was elected secretary of the Kestermoor association.\n",
    );
    expect(minutes.title).toBe("Kestermoor Beekeepers' Association: AGM minutes, 8 March 2025");
    const agm = parseSourceDocument(
      '/c/007.txt',
      'Hallicks Point Lighthouse Trust: Minutes of the Annual General Meeting\n\nPresent: 58 members; board members E. Maraday (chair), R. Tolland (treasurer), T. Fenwright, S. Adeyemi-Hart, M. Quiller\n\n1. Welcome\nE. Maraday welcomed the 58 members and thanked R. Tolland, T. Fenwright, S. Adeyemi-Hart and M. Quiller for their work on the trust.\n',
    );
    expect(agm.title).toBe(
      'Hallicks Point Lighthouse Trust: Minutes of the Annual General Meeting',
    );
    // Under a first line in lower and upper case, whatever colon it has, the list is a fact.
    expect(agm.cleanText.startsWith('Present: 58 members;')).toBe(true);
  });

  it('keeps a labelled list under the headline ("Present: …" in title case) as a fact, not a header line', () => {
    const document = parseSourceDocument(
      '/c/005.md',
      " date 2020-11-16 Board minutes, 12 November 2020\nTHORNVALE FARMERS' GRAIN CO-OPERATIVE\nMinutes of the board meeting held at Hatchley store office, Thursday 12 November 2020\n\nPresent: Marian Coyle (Chair, MC), Owain Prothero (Vice-chair, OP), Sandra Kilby (Treasurer, SK), David Fenner (DF)\n\n1. Harvest. KD reported an intake of 51,300 tonnes.\n",
    );
    expect(document.cleanText.startsWith('Present: Marian Coyle (Chair, MC)')).toBe(true);
    // What follows the stamp on its line is the title, not a date line.
    expect(document.title).toBe('Board minutes, 12 November 2020');
    expect(document.date).toBe('2020-11-16');
  });

  it('keeps the short lines a label introduces ("Present:" then one name a line) as facts, and the label as no publication', () => {
    const text =
      'Minutes of the Public Board Meeting\n\nEASTMOOR VALLEY HOSPITALS NHS TRUST\nMinutes of the meeting of the Board of Directors held in public on Thursday 22 July 2021, Boardroom, Eastmoor General Hospital\n\nPresent:\nSir David Pell (Chair)\nDr Helen Marsh (Chief Executive)\nRajesh Kapoor (Chief Operating Officer)\n\n1. Welcome\n\nThe Chair welcomed members of the public. No new interests were declared.\n';
    const document = parseSourceDocument('/c/002.md', text);
    expectKept(document.cleanText, [
      'Present:',
      'Sir David Pell (Chair)',
      'Rajesh Kapoor (Chief Operating Officer)',
    ]);
    // A clause holding a date ("…held in public on Thursday 22 July 2021, Boardroom") credits no publisher.
    expect(document.source).toBeNull();
  });

  it('still drops a short heading a blank line parts from the label before it', () => {
    const text =
      'Harbour bridge reopens after repairs\n\nThe harbour bridge reopened to traffic on Friday after repairs that took six months and cost more than planned.\n\nWhat it cost:\n\nRepairs and delays\n\nThe bill came to £4.2 million, a third more than the council budgeted.\n';
    expect(parseSourceDocument('/c/003.md', text).cleanText).not.toContain('Repairs and delays');
  });

  it('takes no list item for a headline in a results page with no prose', () => {
    const text =
      'date 2020-06-12 South Downs and Weald Wine Competition 2020: full results\n\nSTILL RED AND ROSÉ WINE\n- Silver: Fairlight Down Vineyard, Pinot Noir Précoce 2018 (88)\n- Bronze: Ashcombe Hill Vineyard, Pinot Noir 2018 (84)\n\nSPECIAL AWARDS\n- Winemaker of the Year: Sarah Linklater, Coldharbour Wine Estate\n- Best Newcomer: Orchard Gap Vineyard\n';
    expectKept(parseSourceDocument('/c/002.md', text).cleanText, [
      'Silver: Fairlight Down Vineyard',
      'Winemaker of the Year: Sarah Linklater',
    ]);
  });

  it('keeps a blog post\'s closing signature: a role in lower case, a name after "Posted by" or a dash', () => {
    const body =
      'I signed up for the bike-share scheme last August, after my car failed its MOT, and I have not replaced it since.';
    for (const signature of [
      'Peter Hallam, managing director',
      'Posted by Owen Tranter, Calderbridge',
      // A dash credits a piece to its writer, as it does a quotation.
      '— Marcus Ellery',
    ]) {
      const document = parseSourceDocument(
        '/c/003.md',
        `date 2017-09-10 A year on the bikes\n\n${body}\n\n${signature}\n`,
      );
      expect(document.cleanText).toContain(signature);
    }
  });

  it('keeps a signature as a fact: a name with its role ending a column, and the lines under a valediction', () => {
    const text =
      'date 2018-10-05 The Vale Line, Autumn 2018\n\nFROM THE CHAIRMAN\n\nAnother season is nearly behind us, and we carried 38,400 passengers between Ashbrook and Pendle Cross.\n\nGeoffrey Hartley, Chairman\n\nLOCO WORKS REPORT\n\nThe big news from the shed is that No. 7 has her boiler back after four years away.\n\nWith my warmest thanks and very best wishes,\n\nDave Ellison\nWorks Manager, Ashbrook Vale Railway Society\n';
    const document = parseSourceDocument('/c/001.md', text);
    expect(document.cleanText).toContain('Geoffrey Hartley, Chairman');
    // The signer's lines are one paragraph: the name with its role.
    expect(
      document.paragraphs.some(
        (span) =>
          document.fileText.slice(span.start, span.end) ===
          'Dave Ellison\nWorks Manager, Ashbrook Vale Railway Society',
      ),
    ).toBe(true);
    // Headings stay dropped.
    expect(document.cleanText).not.toContain('LOCO WORKS REPORT');
  });

  it("takes no second-level heading under the file's title line for the title", () => {
    const text =
      "date 2023-01-30 Saltmere Fen bird survey report 2022\n\n**Saltmere Fen Nature Reserve — Annual Bird Survey Report 2022**\nWendle Valley Wildlife Trust · compiled by Megan Rourke\n\n## Summary\n\n2022 was the year of extremes: the worst flood in the reserve's history in February, then a drought.\n";
    expect(parseSourceDocument('/c/007.md', text).title).not.toBe('Summary');
    // A second-level heading with nothing above it is still the title by its markup.
    expect(
      parseSourceDocument(
        '/c/008.md',
        '## Harbour bridge reopens\n\nThe harbour bridge reopened to traffic on Friday after six months of repairs.\n',
      ).title,
    ).toBe('Harbour bridge reopens');
  });

  it('keeps no heading over a numbered list as a signature', () => {
    const text =
      'Season preview\n\nThe new season starts on Saturday with six clubs hoping to win the title in May.\n\nOur Prediction\n1 Castlemere City\n2 Brackenridge United\n3 Redhollow Wanderers\n';
    const document = parseSourceDocument('/c/004.md', text);
    expect(document.cleanText).not.toContain('Our Prediction');
  });

  it('drops a heading shaped like a signature when the story follows it', () => {
    const text =
      'Harbour works update\n\nThe harbour wall was repaired over the winter at a cost of £2.1 million to the council.\n\nHarbour Road, Phase Two\n\nThe second phase starts in May and will close the road to traffic for eleven weeks.\n';
    expect(parseSourceDocument('/c/002.md', text).cleanText).not.toContain('Phase Two');
  });

  it('keeps a record line under the headline as a fact, not a publication credit or a headline', () => {
    const text =
      "date 2018-11-23 Obituary: Arthur Hartnell, 1934–2018\n\n*By Gwen Harley*\n\n**Arthur Hartnell, baker, born 3 March 1934; died 17 November 2018**\n\nArthur Hartnell, who has died at his home in Bramwick aged 84, founded Hartnell's Bakery with his wife June in 1962.\n";
    const document = parseSourceDocument('/c/004.md', text);
    expect(document.title).toBe('Obituary: Arthur Hartnell, 1934–2018');
    expect(document.source).toBeNull();
    expect(document.cleanText).toContain('died 17 November 2018');
  });
  it('keeps a labelled figure with a longer label as a fact ("Total merit badges earned in 2024: 231")', () => {
    const text =
      'Troop 317 Year-End Statistics: 2024\nPrepared by: Greg Lindqvist, Committee Chair\n\nMembership\nRegistered scouts at December 31, 2024: 44\nNew scouts joining in 2024: 12\n\nAdvancement\nTotal merit badges earned in 2024: 231\nAverage takings per market day: £710\n\nThe troop had its best year since 2019, with more scouts camping and more badges earned than in any year before it.\n';
    const document = parseSourceDocument('/c/014.txt', text);
    expect(document.title).toBe('Troop 317 Year-End Statistics: 2024');
    expectKept(document.cleanText, [
      'New scouts joining in 2024: 12',
      'Total merit badges earned in 2024: 231',
      'Average takings per market day: £710',
    ]);
    // A long label without a figure is no fact of record: a heading's shape.
    expect(
      parseSourceDocument(
        '/c/015.txt',
        'Report\n\nThe things we have learned about running a market: lessons\n\nThe market opened in 2015 with twelve stalls and has grown every year since then, the manager said.\n',
      ).cleanText,
    ).not.toContain('The things we have learned');
  });
  it('keeps a labelled figure closing a header line of pieces ("… | Attendance: 1,876") as a fact', () => {
    const text =
      'MENSAH THE HERO AS ROOKS SOAR INTO PREMIER DIVISION\nMonday 1 May 2023 | Millbrook Lane | Attendance: 1,876\n\nKofi Mensah scored two minutes from time to send Ashgrove Rovers into the Premier Division for the first time since 1996.\n';
    const document = parseSourceDocument('/c/010.txt', text);
    expect(document.title).toBe('MENSAH THE HERO AS ROOKS SOAR INTO PREMIER DIVISION');
    expect(document.date).toBe('2023-05-01');
    expectKept(document.cleanText, ['Attendance: 1,876']);
    expect(document.cleanText).not.toContain('Millbrook Lane |');
    // A piece that credits the writer is no labelled figure: the whole line stays the header's.
    const credited = parseSourceDocument(
      '/c/011.md',
      '# Bag fees: what flying really costs in 2024\n\n*The Thrifty Flyer · Consumer advice · posted 8 May 2024 by Nell Ambrose*\n\nEvery spring I redo this guide, and every spring something has gone up, and this year it is the bag fees.\n',
    );
    expect(credited.cleanText).not.toContain('posted 8 May 2024');
  });

  describe('the date a header states in no other form', () => {
    const parse = (text: string) => parseSourceDocument('/c/012.txt', text);
    const story =
      'The chairman reported a good season, and membership stood at 38, up from 33 in March 2018.\n';

    it('takes the one day of a line under the title ("Held at … on Tuesday 10 September 2019 at 7.45pm")', () => {
      expect(
        parse(
          `Stallbridge Chess Club - Minutes of the Annual General Meeting\nHeld at the Railway Tavern, Station Road, on Tuesday 10 September 2019 at 7.45pm\n\n${story}`,
        ).date,
      ).toBe('2019-09-10');
    });

    it('takes a month of a year as the month only ("Issue 31 | April 2019", "Published: March 2020")', () => {
      expect(parse(`Friends' newsletter\nIssue 31 | April 2019\n\n${story}`).date).toBe('2019-04');
      const review = parse(`Annual review 2019\nPublished: March 2020\n\n${story}`);
      expect(review.date).toBe('2020-03');
      // A "Published" line, labelled or not, is the header's, not a fact of the story.
      expect(review.cleanText).not.toContain('Published');
      // "may" in lower case is the modal verb, not the month.
      expect(parse(`Notes\nwe may 2020 review\n\n${story}`).date).toBeNull();
    });

    it('takes a season of a year as its first month ("Issue 88, Summer 2024")', () => {
      const newsletter = parse(
        `TICK TOCK\nThe Newsletter of the Friends of Pellingham Clock Museum\nIssue 88, Summer 2024\n\nFrom the Friends' chair, Ruth Lyle\n\nWhat a year! Our membership now stands at 412, up from 356 last summer, and for the first time we have more members under fifty than over seventy.\n`,
      );
      expect(newsletter.date).toBe('2024-06');
      // The line dates the text and names no article: the title is the line above.
      expect(newsletter.title).toBe('The Newsletter of the Friends of Pellingham Clock Museum');
      expect(parse(`Club news\nIssue 12 – Autumn 2019\n\n${story}`).date).toBe('2019-09');
      // A winter runs from December into the year it is named by.
      expect(parse(`Club news\nIssue 14, Winter 2022\n\n${story}`).date).toBe('2022-01');
    });

    it('takes no date from a line stating two, nor from the story', () => {
      expect(
        parse(
          `Obituary: Arthur Hartnell\nArthur Hartnell, baker, born 3 March 1934; died 17 November 2018\n\n${story}`,
        ).date,
      ).toBeNull();
      expect(parse(`Club news\n\n${story}`).date).toBeNull();
    });

    it("reads a press release's date between dashes after its place and state", () => {
      expect(
        parse(
          'Herons Win Championship\n\nHOLLINS, Ohio – March 30, 2020 – The Hollins State University team has won the championship in an online final on Saturday.\n',
        ).date,
      ).toBe('2020-03-30');
    });
  });

  it('takes the first line set apart by a blank line as the title, not the section heading under it', () => {
    const body =
      'As CEO, I am pleased to share the financial highlights of a year in which revenue rose 28% and we opened eleven cafés.\n';
    expect(
      parseSourceDocument(
        '/c/013.txt',
        `Crumb & Hearth Bakery Co. - 2020 Annual Report (extract)\n\nLetter from the CEO and Financial Highlights\n\n${body}`,
      ).title,
    ).toBe('Crumb & Hearth Bakery Co. - 2020 Annual Report (extract)');
    // A label in capitals before a name credits the text; the headline under it is the title.
    expect(
      parseSourceDocument(
        '/c/014.txt',
        `PRESS RELEASE – Crumb & Hearth Bakery\n\nEleven cafés open as revenue rises 28%\n\n${body}`,
      ).title,
    ).toBe('Eleven cafés open as revenue rises 28%');
  });

  it('takes no publisher from a section heading of one word or a salutation under the title', () => {
    const body =
      'The garden welcomed 262,000 visitors in the year, the highest number in its history.\n';
    for (const line of ['Overview', 'Summary', 'Dear Friends,', 'Champion Ananya!'])
      expect(
        parseSourceDocument(
          '/c/015.txt',
          `Kelbridge Botanic Garden: Annual Report 2023\n${line}\n\n${body}`,
        ).source,
      ).toBeNull();
    // A publication's name of two words or more, alone under the title, still names it.
    expect(
      parseSourceDocument(
        '/c/016.txt',
        `Garden welcomes record crowds\nThe Evening Post\n\n${body}`,
      ).source,
    ).toBe('The Evening Post');
  });
});
