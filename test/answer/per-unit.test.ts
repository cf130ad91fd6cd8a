/**
 * A figure per unit ("£185 a night") is what one unit costs: asked what a whole thing cost, an
 * amount without a unit is preferred; asked by the unit ("per night", "weekly"), it answers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import {
  askedUnits,
  asksWhole,
  isRateBase,
  unitAfter,
} from '../../src/answer/evidence/per-unit.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createDeps, type Deps } from '../../src/deps.js';
import { createLogger } from '../../src/log/logger.js';

const parser = createTextParser();
const units = (text: string) => {
  const parsed = parser.parse(text);
  return parsed.entities
    .filter((entity) => entity.type === 'money')
    .map((entity) => unitAfter(parsed.tokens, entity));
};

describe('the unit a figure is counted by', () => {
  it('is the noun after "a", "per" or "each", shared by a range\'s ends', () => {
    expect(units('Rooms will be priced from £185 a night in high season.')).toEqual(['night']);
    expect(units('Rent for a stall goes from £95 to £102.60 a week.')).toEqual(['week', 'week']);
    expect(units('It cost £240,000 and a further £3.50 a tonne.')).toEqual([null, 'tonne']);
  });

  it('is asked by "a" or "per" and a noun, or by an adjective of frequency in "-ly"; a whole by "in total"', () => {
    const asked = (question: string) => askedUnits(parser.parse(question).tokens);
    expect(asked('How much is a room per night?').has('night')).toBe(true);
    expect(asked('How much was the weekly rent for a standard stall?').has('week')).toBe(true);
    expect(asked('What are the daily fees?').has('day')).toBe(true);
    expect(asked('How much did the west wing refurbishment cost?').size).toBe(0);
    const whole = (question: string) => asksWhole(parser.parse(question).tokens);
    expect(whole('What did it cost the club in total to hire the minibus?')).toBe(true);
    expect(whole('How much does the minibus cost per trip?')).toBe(false);
  });
});

describe('the base a rate is counted on', () => {
  const bases = (text: string) => {
    const parsed = parser.parse(text);
    return parsed.entities
      .filter((entity) => isRateBase(parsed.tokens, entity))
      .map((entity) => entity.text);
  };

  it('is a figure after "per" or "every", not after an article or "each", nor a day after "every"', () => {
    expect(bases('The injury rate per 100,000 trips fell from 3.4 to 2.8.')).toEqual(['100,000']);
    expect(bases('There is one bus for every 40 pupils.')).toEqual(['40']);
    expect(bases('It opened a 2,000-seat arena, open every Thursday.')).toEqual([]);
    expect(bases('There are 24 boreholes, each 180 metres deep.')).toEqual([]);
  });
});

describe('an amount asked without a unit, as the server answers it', () => {
  const work = mkdtempSync(join(tmpdir(), 'sourced-per-unit-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let deps: Deps;
  beforeAll(async () => {
    const seedsDir = join(work, 'articles');
    mkdirSync(seedsDir);
    writeFileSync(join(seedsDir, '002.md'), ARTICLE);
    writeFileSync(join(seedsDir, '006.md'), MINIBUS);
    const config = loadConfig({
      SEEDS_DIR: seedsDir,
      INDEX_DIR: join(work, 'index'),
      LOG_LEVEL: 'silent',
    });
    deps = await createDeps(config, { logger: createLogger({ level: 'silent' }) });
  }, 120_000);
  const ask = (question: string) =>
    deps.assistant.ask({ messages: [{ role: 'user', content: question }] });

  it('is the whole amount, not a price per unit', async () => {
    const total = await ask('How much did the west wing refurbishment cost?');
    expect(total.answer.split('\n')[0]).toContain('£240,000');
  });

  it('is none asked "in total" when only a price per unit is given', async () => {
    const total = await ask('What did it cost the club in total to hire the minibus?');
    expect(total.refused).toBe(true);
  });

  it('is the price per unit when asked by that unit', async () => {
    const nightly = await ask('How much is a room in the west wing per night?');
    expect(nightly.answer.split('\n')[0]).toContain('£185');
  });
});

const ARTICLE = ` date 2017-01-10 Harbour Light Hotel begins £240,000 makeover of west wing
The Harbour Light Hotel in Polcarrow has begun a £240,000 refurbishment of its west wing, the biggest investment in the family-run hotel since it was bought by Gerald and Moira Pascoe in 1994.

The work, which started on 3 January, will transform six of the hotel's 18 bedrooms. Each will get a private balcony looking out over the harbour, new en-suite wet rooms in place of the cramped 1980s bathrooms, and better insulation. The hotel's total number of rooms will stay the same.

The works are being carried out by Treloar & Sons, a St Austell building firm, and are expected to take three months. As a result, the hotel's 2017 season will start later than usual, on 6 April, rather than in late March.

Cornwall Council granted planning permission for the balconies in September 2016 after a lengthy discussion with conservation officers, as the hotel sits within the Polcarrow conservation area. The balconies will be built of painted timber and glass to reflect the harbour's traditional net lofts.

"We've been talking about this for ten years," said Mr Pascoe, 64. "Guests kept telling us the rooms were lovely but the bathrooms were from another century. And every summer people would ask why the west wing rooms, which have the best views, didn't have anywhere to sit outside."

The project is being funded by a bank loan and the family's own savings. Mr Pascoe said the couple had considered selling the hotel in 2015 but decided against it after their daughter, Jenna, who works in hotel management in Edinburgh, said she might one day want to come home and run it.

"That was the moment we thought: right, it's worth investing in," he said.

The refurbishment will create around six jobs during the building work, and the hotel expects to take on two extra staff for the summer. It currently employs around 30 people in the peak season.

Rooms in the refurbished west wing will be priced from £185 a night in high season. Bookings opened on Monday, and Mrs Pascoe said that several returning guests had already booked balcony rooms for August "without even seeing the plans".

The Harbour Light, a former sea captain's house dating from 1837, was converted into a hotel in the 1920s. Its restaurant, the Lamp Room, is named after the old lamp store for the harbour light that still stands at the end of the quay.
`;

const MINIBUS = ` date 2019-02-11 Pool closure: how we will get swimmers to Hurstmoor
The committee has hired a 16-seat minibus for the Monday, Wednesday and Friday evening sessions, leaving the leisure centre car park at 5.15pm, at a cost of £2 per swimmer per trip.
`;
