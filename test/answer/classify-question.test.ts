/** The kind of answer a question asks for, by English grammar. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/analyze/classify-question.js';
import { createTextParser } from '../../src/answer/analyze/parse-text.js';
import type { WordVectors } from '../../src/embed/word-vectors.js';
import { openWordNet, type WordNet } from '../../src/text/wordnet.js';
import { loadPackagedWordVectors } from '../../src/embed/word-vectors.js';
import { createFakeWordVectors } from '../helpers/fake-word-vectors.js';

const parser = createTextParser();
let lexicon: WordVectors;
beforeAll(async () => {
  lexicon = await createFakeWordVectors()();
});
/** The question's classification, with WordNet's nouns when given (as the server reads them). */
const classify = (question: string, senses?: WordNet) => {
  const parsed = parser.parse(question);
  return classifyQuestion(parsed.tokens, lexicon, parsed.text, senses);
};
const typeOf = (question: string) => classify(question).answerType;
/** WordNet's nouns, opened once for the questions typed as the server types them. */
let wordNet: WordNet;
beforeAll(() => {
  wordNet = openWordNet();
});
afterAll(() => wordNet.close());
const typedWithSenses = (question: string) => classify(question, wordNet).answerType;

describe('"how far" and "how soon"', () => {
  it('ask a distance in time when "in advance", "ahead" or "back" follows, or "soon" is asked', () => {
    expect(typeOf('How far in advance must I book leave?')).toBe('duration');
    expect(typeOf('How far ahead can tickets be bought?')).toBe('duration');
    expect(typeOf('How soon must a lost laptop be reported?')).toBe('duration');
  });

  it('asks a figure for a distance otherwise', () => {
    expect(typeOf('How far is the depot from the station?')).toBe('quantity');
  });

  it('asks a length when WordNet reads what goes or lies as a person, a thing, a place or a group', () => {
    expect(typedWithSenses('how far did the boy fall at carrickmore head')).toBe('length');
    expect(typedWithSenses('How far is the out-of-hours animal hospital from Kirkby?')).toBe(
      'length',
    );
    expect(typedWithSenses('How far did Kittiwake sail?')).toBe('length');
    // A degree of what has no place: any figure.
    expect(typedWithSenses('How far have prices risen?')).toBe('quantity');
    expect(typedWithSenses('how far did sales fall in 2020')).toBe('quantity');
  });
});

describe('"how big" of a thing in space', () => {
  it('asks a size (an area, a volume or a length) when WordNet reads the noun as a thing or a place', () => {
    expect(typedWithSenses('How big is the beaver enclosure on the upper Catterbeck?')).toBe(
      'size',
    );
    expect(typedWithSenses('How big is the Eastmoor Depot warehouse?')).toBe('size');
    expect(typedWithSenses('How large is the new car park?')).toBe('size');
    // A grant, a crowd, a company, or a name that may name anything: any figure.
    expect(typedWithSenses('How big was the grant from the Dales Cultural Fund?')).toBe('quantity');
    expect(typedWithSenses('How big was the crowd at the reopening?')).toBe('quantity');
    expect(typedWithSenses('How big is the Linden Wing?')).toBe('quantity');
    // "grant" misread as a verb before "went" is still the noun asked about.
    expect(typedWithSenses('How big a state grant went into the Eastgate Center?')).toBe(
      'quantity',
    );
  });
});

describe('a weight or a speed asked', () => {
  it('is asked by "how heavy", "how fast", the verb "weigh" and the nouns "weight" and "speed"', () => {
    expect(typeOf('How heavy was the winning marrow?')).toBe('weight');
    expect(typeOf('How much does a size medium Chinook weigh?')).toBe('weight');
    expect(typeOf('What did the giraffe calf weigh at birth?')).toBe('weight');
    expect(typeOf('How much weight did the cub gain?')).toBe('weight');
    expect(typeOf('What was the minimum weight for a kart and driver?')).toBe('weight');
    expect(typeOf('How fast can the new boat go?')).toBe('speed');
    expect(typeOf('What is the top speed of the train?')).toBe('speed');
    // Other verbs after "how much" stay an amount or a price.
    expect(typeOf('How much did the appeal raise?')).toBe('amount');
    expect(typeOf('How much does a size medium Chinook cost?')).toBe('money');
  });
});

describe('a possessive before the noun asked about', () => {
  it('determines it as "the" does ("What was his time?" asks a time taken)', () => {
    expect(typeOf('What was his time?')).toBe('duration');
    expect(typeOf('What was the time?')).toBe('time');
  });
});

describe('a nationality asked', () => {
  it("is answered by a place's name, as a country is", () => {
    expect(typeOf('What nationality is Grace Okonkwo?')).toBe('place');
    expect(typeOf('Which country is Grace Okonkwo from?')).toBe('place');
  });
});

describe('how tall, how wide', () => {
  it('ask a length only; "how high" may ask a price too', () => {
    expect(typeOf('How tall was the weir?')).toBe('length');
    expect(typeOf('How wide is the new bridge?')).toBe('length');
    expect(typeOf('How high is the fare?')).toBe('quantity');
  });
});

describe('how long', () => {
  it('asks a length with a copula ("is", or a modal and "be"), a duration with another verb', () => {
    expect(typeOf('How long is the border?')).toBe('length');
    expect(typeOf('How long will the cycle lanes be?')).toBe('length');
    expect(typeOf('How long will the strike last?')).toBe('duration');
  });

  it('asks a length no span of time answers of a thing that never lasts (WordNet)', () => {
    expect(classify('How long is the Caldon Tunnel?', wordNet).extentOnly).toBe(true);
    expect(classify('How long is the pool at Hatherley School?', wordNet).extentOnly).toBe(true);
    // A film is also what lasts; a duration may answer it.
    expect(classify('How long is the film?', wordNet).extentOnly).toBeUndefined();
  });

  it("reads the copula's clause without a relative clause's verb", () => {
    expect(typeOf('How long is the channel that brings water from the weir?')).toBe('length');
    expect(typeOf('How long did the strike that closed the mill last?')).toBe('duration');
  });

  it("asks a duration with a copula when WordNet's senses of the subject last in time", () => {
    expect(typedWithSenses('How long was his sentence?')).toBe('duration');
    expect(typedWithSenses('How long was the match?')).toBe('duration');
    expect(typedWithSenses('How long is the journey?')).toBe('duration');
    expect(typedWithSenses('How long is the border?')).toBe('length');
    expect(typedWithSenses('How long is the new bridge?')).toBe('length');
  });
});

describe('a comparison by a comparative adjective', () => {
  const kindOf = (question: string) => classify(question).kind;

  it('compares figures as "how <adjective>" asks one', () => {
    expect(kindOf('Was the crowd bigger for the April game or the March one?')).toBe('comparison');
    expect(typeOf('Was the crowd bigger for the April game or the March one?')).toBe('quantity');
    expect(typeOf('Is the old bridge taller than the new one?')).toBe('length');
  });

  it('compares no one kind of figure by "longer" or "earlier"', () => {
    expect(typeOf('Was the first visit longer than the second?')).toBe('any');
    expect(typeOf('Did the first ferry sail earlier than the second?')).toBe('any');
  });
});

describe('a head noun the word vectors leave untyped', () => {
  const nouns = openWordNet();
  afterAll(() => nouns.close());
  const withSenses = (question: string) => classify(question, nouns).answerType;

  it("is typed by WordNet's most frequent sense: people's nouns ask a person, money's money", () => {
    expect(withSenses("What's the budget for the sequel?")).toBe('money');
    expect(withSenses('What was the revenue last year?')).toBe('money');
    expect(withSenses('Which striker scored twice?')).toBe('person');
    expect(withSenses('Which director replaced her?')).toBe('person');
    expect(typeOf("What's the budget for the sequel?")).toBe('any');
  });

  it('prefers an organisation when its most frequent sense is one, and nothing else types it', () => {
    expect(classify('Which association wrote the letter?', nouns)).toMatchObject({
      answerType: 'organization',
      preferred: true,
    });
    expect(classify('Which commission did Vahidi propose?', nouns).preferred).toBe(true);
    // A noun of people is typed by its sense, firmly.
    expect(classify('Which striker scored twice?', nouns).preferred).toBeUndefined();
  });

  it("asks an organisation of a noun WordNet files first as one, though the vectors put it near people's", async () => {
    const packaged = await loadPackagedWordVectors();
    const typed = (question: string, senses?: WordNet) => {
      const parsed = parser.parse(question);
      return classifyQuestion(parsed.tokens, packaged, parsed.text, senses).answerType;
    };
    expect(typed('Which news agency did the minister talk to?')).toBe('person');
    expect(typed('Which news agency did the minister talk to?', nouns)).toBe('organization');
    expect(typed('Which director replaced her?', nouns)).toBe('person');
  });

  it('types a list request\'s head as "which" does ("Name the three judges…": people)', () => {
    expect(withSenses('Name the three judges who heard the appeal.')).toBe('person');
    expect(withSenses('List the strikers who scored twice.')).toBe('person');
  });

  it('heads a list request by its compound\'s last noun though the tagger reads "List" as a name', () => {
    // "List/PROPN the orchestra's principal/NOUN conductors/NOUN in order": no verb tagged, yet
    // the request's own verb opens it; "conductors", not "principal", is what it lists.
    expect(withSenses("List the orchestra's principal conductors in order")).toBe('person');
  });

  it('is the word ending the noun phrase before the verb, even tagged as an adjective', () => {
    // "chief" is read as an adjective; it heads "army chief" and "ISI chief" before the verb.
    expect(withSenses('Which army chief met Vahidi?')).toBe('person');
    expect(withSenses('Which ISI chief quietly travelled to Iran?')).toBe('person');
  });

  it('is not typed when its senses are of many kinds, nor when a name of it is asked', () => {
    // "capital": money, a city, a letter: no one kind.
    expect(withSenses('What is the capital of Veltria?')).not.toBe('money');
    // The driver must be named as a driver: the noun stays a word to find.
    const parsed = parser.parse('What is the name of the driver of the bus?');
    const named = classifyQuestion(parsed.tokens, lexicon, parsed.text, nouns);
    expect(named.focusToken).not.toBeNull();
  });
});

describe('a question with no verb tagged', () => {
  it("reads the last noun of its subject's run as the verb misread", () => {
    const kindOf = (question: string) => {
      const parsed = parser.parse(question);
      return classifyQuestion(parsed.tokens, lexicon, parsed.text).kind;
    };
    // "charges" is tagged a plural noun: the question would ask for a list of charges.
    expect(kindOf('Which cellar charges €25 for its tour?')).toBe('factoid');
    expect(kindOf('Which club signs the most players?')).toBe('factoid');
    // A plural head asked alone still asks for every item.
    expect(kindOf('Which militant groups?')).toBe('list');
  });
});

describe('"who" and a plural noun after the copula', () => {
  it('asks for every one ("Who were the sponsors?"), as "which sponsors" does; a singular asks one', () => {
    expect(classify('Who were the sponsors in 2023?').kind).toBe('list');
    expect(classify('Who are the candidates?').kind).toBe('list');
    expect(classify('Who was the sponsor in 2023?').kind).toBe('factoid');
    expect(classify('Who were the sponsors in 2023?').answerType).toBe('person');
  });

  it('past auxiliaries, with or without a determiner ("Who have been directors of the zoo?")', () => {
    expect(classify('Who have been directors of the zoo?').kind).toBe('list');
    expect(classify("Who have been the trust's medical directors?").kind).toBe('list');
    expect(classify('Who has been the director since 2020?').kind).toBe('factoid');
  });
});

describe('"what" and a counted plural noun', () => {
  it('asks for that many items ("What were the three options…?"); a plural alone asks one answer', () => {
    expect(classify('What were the three options the board considered?').kind).toBe('list');
    expect(classify('What are the four cheeses the farm makes?').kind).toBe('list');
    expect(classify('What are the opening hours?').kind).toBe('factoid');
  });
});

describe('"which" before a possessor', () => {
  it('asks for the possessor ("which manufacturer\'s engines": one manufacturer), not the thing possessed', () => {
    const asked = (question: string) => classify(question);
    const engines = asked("Which manufacturer's engines are behind the delivery delays?");
    expect(engines.kind).toBe('factoid');
    expect(engines.headToken).toBe(1);
    // A possessor after a verb is the subject's, not the determiner's: the noun stays the head.
    expect(asked("What was the company's revenue?").headToken).toBe(5);
    expect(asked("Which clubs' players went on strike?").kind).toBe('list');
  });
});

describe("WordNet's sense before the word vectors' guess", () => {
  it('types "trustees" as people, which the packaged vectors put nearer organisations', async () => {
    const packaged = await loadPackagedWordVectors();
    const nouns = openWordNet();
    const typed = (question: string) => {
      const parsed = parser.parse(question);
      return classifyQuestion(parsed.tokens, packaged, parsed.text, nouns).answerType;
    };
    const which = typed('Which school trustees opposed closing the school?');
    const list = typed('List the trustees who voted against.');
    nouns.close();
    expect(which).toBe('person');
    expect(list).toBe('person');
  }, 60_000);
});

describe('"who" or "what" is a name alone', () => {
  it('asks what the articles say of the name, not another name', () => {
    expect(classify('Who is Jaish al-Adl?').kind).toBe('summary');
    expect(classify('What is the Goldsmith Line?').kind).toBe('summary');
    expect(classify('Who was Zahid Hussain?').kind).toBe('summary');
  });

  it('leaves a question with more than the name as it was', () => {
    expect(classify('Who is the chief of staff of the Iranian armed forces?').kind).toBe('factoid');
    expect(classify('Who is Aurelian chief executive?').kind).toBe('factoid');
    expect(classify('What is Quillpad Pro priced at?').kind).not.toBe('summary');
  });
});

describe('a verb of paying', () => {
  it('asks an amount of money ("What did the extension cost?")', () => {
    expect(typeOf('What did the extension cost?')).toBe('money');
    expect(typeOf('What will the company pay?')).toBe('money');
  });

  it('reads the bare word after "do" and its subject as the verb, however it is tagged ("What did Tessellate 1.0 cost per user?")', () => {
    expect(typeOf('What did Tessellate 1.0 cost per user?')).toBe('money');
    // The first verb after the subject is the main one: "charges" is what was raised.
    expect(typeOf('How much did Estbury Water raise its charges in 2023?')).not.toBe('money');
  });

  it('after "be" and a noun, makes the noun its subject: "What is the chief executive paid?" asks a sum', () => {
    expect(typeOf('What is the chief executive paid?')).toBe('money');
    expect(typeOf('What was the fare increase meant to pay for?')).not.toBe('money');
    // No verb of price after the noun: the noun is what is asked.
    expect(typeOf('What is the chief executive called?')).not.toBe('money');
  });

  it('asks what is paid for when a preposition is left at the end ("What will it pay for?")', () => {
    expect(typeOf('What will it pay for?')).not.toBe('money');
    expect(typeOf('What did Quillmark pay for?')).not.toBe('money');
  });
});

describe('a yes/no question after an opening phrase', () => {
  it('asks yes or no though a relative pronoun follows in its main clause ("everyone who…")', () => {
    expect(
      classify(
        'By the first anniversary, was everyone who had been flooded out back in their home?',
      ).kind,
    ).toBe('yes-no');
    expect(classify('By the first anniversary, who had been flooded out?').kind).not.toBe('yes-no');
  });
});

describe('a name before the noun asked', () => {
  it('reads a capitalised word the tagger took for a common noun as the name\'s ("Met Office forecaster": the forecaster)', () => {
    const question = 'Which Met Office forecaster was quoted in the warning?';
    const tokens = parser.parse(question).tokens;
    expect(tokens[classify(question).headToken!]?.normal).toBe('forecaster');
  });

  it('leaves a name before a lower-case modifier unread as before ("Which Iranian news agency")', () => {
    expect(classify('Which Iranian news agency did he speak to?').headToken).toBeNull();
  });
});

describe('a head noun WordNet files as a magnitude or a quantity', () => {
  it('asks a figure ("What volume of juice…?", "What size grant…?"), and need not be stated', () => {
    const nouns = openWordNet();
    try {
      for (const question of [
        'What volume of juice did the harvest press to?',
        'What size grant paid for the mural?',
      ]) {
        const classification = classify(question, nouns);
        expect(classification.answerType).toBe('quantity');
        expect(classification.measured).toBe(true);
        expect(classification.focusToken).toBeNull();
      }
      // A course of action ("step") and a unit of time ("minute") are other senses of "measure".
      expect(classify('What joint step would be a good initiative?', nouns).answerType).not.toBe(
        'quantity',
      );
      expect(classify('In which minute did he score?', nouns).measured).toBeUndefined();
    } finally {
      nouns.close();
    }
  });
});

describe('"how" asked of two times', () => {
  it('compares them ("How did membership change between 2018 and 2022?"), not "how many"', () => {
    expect(classify('How did membership change between 2018 and 2022?').kind).toBe('comparison');
    expect(classify('How has the adult fare moved from 2019 to 2023?').kind).toBe('comparison');
    // A year written as a range is a time too.
    expect(
      classify('How did the street lighting budget change between 2023/24 and 2024/25?').kind,
    ).toBe('comparison');
    expect(classify('How did membership change after the fire?').kind).toBe('why-how');
    expect(classify('How many members joined between 2018 and 2022?').kind).not.toBe('comparison');
  });
});

describe('a participle inside the noun phrase asked', () => {
  it('modifies the head noun after it ("total operating budget": the budget)', () => {
    const question = "What was Caldermouth's total operating budget for 2019?";
    const tokens = parser.parse(question).tokens;
    expect(tokens[classify(question).headToken!]?.normal).toBe('budget');
  });

  it('goes on through a hyphen and a name inside the compound ("the four-hour A&E performance")', () => {
    const question = 'What was the four-hour A&E performance in December 2021?';
    const tokens = parser.parse(question).tokens;
    expect(tokens[classify(question).headToken!]?.normal).toBe('performance');
  });

  it('is the verb right after the question\'s auxiliary ("What was driving prices?": no head)', () => {
    expect(classify('What was driving prices up?').headToken).toBeNull();
  });
});

describe('"what" as the subject of a verb giving a reason', () => {
  it('asks why ("What explains the drop…?"), as "what caused…?" does', () => {
    expect(classify('What explains the drop in parcel numbers?').kind).toBe('why-how');
    expect(classify('What caused the outage?').kind).toBe('why-how');
  });
});

describe('the causative "make"', () => {
  it('reads "what made <something> <do or be>?" as asking what caused it', () => {
    expect(classify('What made Gold Line on-time performance slip in 2024?').kind).toBe('why-how');
    expect(classify('What made him leave?').kind).toBe('why-how');
    expect(classify('What made the 2023 season so successful?').kind).toBe('why-how');
    // Without the object's own verb or adjective, "make" is no causative.
    expect(classify('What made headlines in 2022?').kind).not.toBe('why-how');
    expect(classify('What made the biggest difference?').kind).not.toBe('why-how');
  });
});

describe('a summary asked without a word of summary', () => {
  it('reads "what happened with…" as asking an account of the events', () => {
    expect(classify("What happened with the food poisoning at Gull's Rest Inn?").kind).toBe(
      'summary',
    );
    expect(classify('What happened to the fine after the appeal?').kind).toBe('summary');
    expect(classify('What did the fire destroy?').kind).not.toBe('summary');
    // Asked of a month, what happened then: one event.
    expect(classify('What happened to the ferry talks in May 2021?').kind).not.toBe('summary');
  });

  it('reads "what was <done> at <an event>?" as asking what the event brought', () => {
    expect(classify('What was decided at the February 2021 AGM?').kind).toBe('summary');
    expect(classify('What was agreed at the board meeting?').kind).toBe('summary');
    // A month naming the event is no time asked; one the question is asked at is.
    expect(classify('What happened at the March 2019 festival?').kind).toBe('summary');
    expect(classify('What was the attendance at the final?').kind).not.toBe('summary');
    expect(classify('What was decided in May 2021?').kind).not.toBe('summary');
    // Nor a month after the noun of the event "at" sets it in: it says which one.
    expect(classify('What was decided at the committee meeting in May 2024?').kind).toBe('summary');
    expect(classify('What happened at the AGM in March 2023?').kind).toBe('summary');
  });

  it('reads "about" stranded before another phrase as asking the topic', () => {
    expect(classify('What did the founder talk about in his interview?').kind).toBe('summary');
  });

  it('reads a piece of writing asked what it reports as asking what it says', () => {
    const senses = openWordNet();
    try {
      expect(classify('What did the 2021 shareholder letter report?', senses).kind).toBe('summary');
      expect(classify('What did the club report?', senses).kind).not.toBe('summary');
    } finally {
      senses.close();
    }
  });
});

describe('a word the tagger calls an adjective after the noun asked', () => {
  it('is the head noun before a preposition, when WordNet has it as a noun ("the passenger total at…")', () => {
    const nouns = openWordNet();
    try {
      const parsed = parser.parse('What was the passenger total at Harrowfield in 2019?');
      const classification = classify(parsed.text, nouns);
      expect(parsed.tokens[classification.headToken!]?.normal).toBe('total');
      // "responsible for" is an adjective with its complement, no noun.
      const person = parser.parse('Who was the person responsible for the budget?');
      const own = classify(person.text, nouns);
      expect(own.headToken === null || person.tokens[own.headToken]?.normal !== 'responsible').toBe(
        true,
      );
    } finally {
      nouns.close();
    }
  });
});

describe('a participle between "how much/many" and its noun', () => {
  it('modifies the noun, which is the thing measured or counted', () => {
    const earth = classify('How much contaminated earth had to be taken away from the site?');
    expect(earth.answerType).toBe('quantity');
    expect(earth.headToken).not.toBeNull();
    const cars = classify('How many damaged cars were towed away?');
    expect(cars.answerType).toBe('number');
    expect(cars.counted).toBe(true);
  });
});

describe('a negated question', () => {
  it('is negated by "not" in what it asks, not in the condition it opens with', () => {
    expect(classify("Can't I take garden waste to the tip?").negated).toBe(true);
    expect(
      classify("If I don't pay for garden waste collection, can I still take it to the tip?")
        .negated,
    ).toBe(false);
    expect(classify('If it rains, will the match not go ahead?').negated).toBe(true);
  });
});

describe('"which" before a noun of money or count', () => {
  it('asks for the thing by its name, not a figure ("Which fund gave the grant?")', async () => {
    const real = await loadPackagedWordVectors();
    const senses = openWordNet();
    const typed = (question: string) => {
      const parsed = parser.parse(question);
      return classifyQuestion(parsed.tokens, real, parsed.text, senses).answerType;
    };
    expect(typed('Which fund gave the club its £48,000 grant?')).not.toBe('money');
    // "How much" still asks the amount.
    expect(typed('How much was the grant?')).toBe('amount');
    senses.close();
  });
});

describe('a bracketed aside inside the noun phrase', () => {
  it('heads the phrase by the noun after the bracket ("the junior (under-18) subscription")', () => {
    const parsed = parser.parse('What is the junior (under-18) subscription for 2025?');
    const asked = classifyQuestion(parsed.tokens, lexicon, parsed.text);
    expect(parsed.tokens[asked.headToken!]!.normal).toBe('subscription');
  });
});
