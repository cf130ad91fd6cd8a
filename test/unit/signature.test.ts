import { describe, expect, it } from 'vitest';
import { signatureName, writerSpeaks } from '../../src/text/signature.js';

describe('signatureName', () => {
  it('reads the signer of a name with its role, on one line or two', () => {
    expect(signatureName('Geoffrey Hartley, Chairman')).toBe('Geoffrey Hartley');
    expect(signatureName('Geoffrey Hartley\nChairman, Ashbrook Vale Railway Society')).toBe(
      'Geoffrey Hartley',
    );
    expect(signatureName('— Dr Ian Forsyth, Chair of the Inquiry Panel')).toBe('Dr Ian Forsyth');
  });

  it("reads a letter's signature: the name, its role, its organisation, a line each", () => {
    expect(
      signatureName('Fiona Grieve\nChief Executive\nWessex Vale Ambulance Service NHS Trust'),
    ).toBe('Fiona Grieve');
  });

  it('reads a role in lower case, and a name after "Posted by"', () => {
    expect(signatureName('Peter Hallam, managing director')).toBe('Peter Hallam');
    expect(signatureName('Jess Marlow, on-call firefighter, Thornleigh')).toBe('Jess Marlow');
    expect(signatureName('Posted by Owen Tranter, Calderbridge')).toBe('Owen Tranter');
  });

  it('finds none in a sentence, a labelled line or a lone word', () => {
    expect(signatureName('Geoffrey Hartley was chairman for twelve years.')).toBeNull();
    expect(signatureName('Winemaker of the Year: Sarah Linklater')).toBeNull();
    expect(signatureName('Thanks')).toBeNull();
  });
});

describe('writerSpeaks', () => {
  it("is the writer's own first person", () => {
    expect(writerSpeaks('I have been your chairman for twelve years, since 2009.')).toBe(true);
    expect(writerSpeaks('She steered our finances with a calm that my board envied.')).toBe(true);
  });

  it("is not a quoted speaker's, nor a sentence that closes a quotation", () => {
    expect(writerSpeaks('“I want to apologise to every patient,” she said.')).toBe(false);
    expect(writerSpeaks('Abigail Thornton said: "The wing has done what I hoped."')).toBe(false);
    expect(writerSpeaks('We will keep going, as I promised.” The chair then left.')).toBe(false);
  });

  it('is not a third person', () => {
    expect(writerSpeaks('He tells them he enjoyed it, which Iris believes.')).toBe(false);
  });
});

describe('signatureName of a heading', () => {
  it('finds none in a line of capitals', () => {
    expect(signatureName('OUR PREDICTION')).toBeNull();
    expect(signatureName('GEOFFREY HARTLEY, CHAIRMAN')).toBeNull();
  });
});
