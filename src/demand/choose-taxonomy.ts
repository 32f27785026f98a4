// Which taxonomy codes a file's titles: the one asked for, or, for `auto`, ROME for a file of
// French titles (or of ROME codes), O*NET otherwise. Each taxonomy is loaded once, and only
// when a file needs it.
import {
  createCoder,
  detectTitleLanguage,
  groupCodesOf,
  LEVELS,
  type OccupationCoder,
  type OccupationMap,
  parseOccupationMap,
} from '../occupations/index.js';
import type { TextFile } from './text-file.js';

/** `--taxonomy`: a built-in taxonomy, `auto`, `none` (group by title), or a user's CSV file. */
export type TaxonomyOption = 'auto' | 'onet' | 'rome' | 'none' | TextFile;

export interface OccupationSettings {
  taxonomy: TaxonomyOption;
  /** `--level`, checked against the taxonomy a file uses. */
  level?: string;
  /** `--occupation-map`: normalised title -> code, applied before the coder. */
  occupationMap?: TextFile;
}

/** What a file was coded with. */
export interface FileTaxonomy {
  file: string;
  /** 'onet', 'rome', the user file's name, or null (grouped by title). */
  taxonomy: string | null;
  postings: number;
}

/** Codes such as `M1805` or `29-1141.00` as exports write them. */
const ROME_CODE = /^[A-N]\d{4}$/i;
const SOC_CODE = /^\d{2}-\d{4}(\.\d{2})?$/;
/** A ROME code at any level (`M`, `M18`, `M1805`), alone or before its label (`M1805 - Études...`). */
const ROME_CODE_START = /^[A-N](\d{2}(\d{2})?)?\b/i;
/** A code as a user types it for `--job`, at any level: `M1805`, `M18`, `M`; `29-1141`, `29-1141.03`, `29-0000`. */
const TYPED_CODE = { rome: /^[A-N](\d{2}(\d{2})?)?$/i, onet: SOC_CODE } as const;

export class TaxonomyChooser {
  private readonly coders = new Map<string, Promise<OccupationCoder>>();
  private overrides: OccupationMap | undefined;

  constructor(private readonly settings: OccupationSettings) {}

  /** The coder for a file whose first titles are `titles`; null for `--taxonomy none`. */
  async forFile(titles: readonly string[]): Promise<OccupationCoder | null> {
    const { taxonomy } = this.settings;
    if (taxonomy === 'none') return null;
    if (typeof taxonomy === 'object') return this.coder(taxonomy.name, taxonomy);
    return this.coder(taxonomy === 'auto' ? guessTaxonomy(titles) : taxonomy, taxonomy === 'auto' ? undefined : taxonomy);
  }

  /** Every coder created so far (to read a code the user typed, or a tension table). */
  async used(): Promise<OccupationCoder[]> {
    return Promise.all(this.coders.values());
  }

  /** The coder a code such as `M1805` or `29-1141` belongs to, loading it if needed; undefined for a title. */
  async coderOfCode(text: string): Promise<OccupationCoder | undefined> {
    const { taxonomy } = this.settings;
    if (taxonomy === 'none') return undefined;
    const candidates =
      typeof taxonomy === 'object'
        ? [await this.coder(taxonomy.name, taxonomy)]
        : taxonomy === 'auto'
          ? await Promise.all(
              this.autoTaxonomies()
                .filter((name) => TYPED_CODE[name].test(text.trim()))
                .map((name) => this.coder(name)),
            )
          : [await this.coder(taxonomy)];
    return candidates.find((coder) => coder.parseCode(text) !== undefined);
  }

  /** The coder of a `--job` title: with `auto` and a `--level`, the taxonomy that has the level, else as for a file. */
  async forTitle(title: string): Promise<OccupationCoder | null> {
    const [only, ...others] = this.autoTaxonomies();
    if (this.settings.taxonomy !== 'auto' || only === undefined || others.length > 0) return this.forFile([title]);
    return this.coder(only);
  }

  /** The built-in taxonomies `auto` may use: those that have the `--level`, if one is given (`M18` is no SOC code at level domain). */
  private autoTaxonomies(): ('rome' | 'onet')[] {
    const { level } = this.settings;
    return (['rome', 'onet'] as const).filter((name) => level === undefined || (LEVELS[name] as readonly string[]).includes(level));
  }

  private coder(key: string, source?: 'onet' | 'rome' | TextFile): Promise<OccupationCoder> {
    let coder = this.coders.get(key);
    if (coder === undefined) {
      const overrides = this.occupationMap(this.settings.taxonomy === 'auto' ? key : undefined);
      const taxonomy = typeof source === 'object' ? { name: source.name, text: source.text } : ((source ?? key) as 'onet' | 'rome');
      coder = createCoder({ taxonomy, level: this.settings.level, overrides });
      this.coders.set(key, coder);
    }
    return coder;
  }

  /**
   * The occupation map; for `auto` (`builtIn` set), only the entries that may belong to that
   * taxonomy: one map serves English and French files, so an O*NET code is no error in the
   * coder of ROME, nor a ROME code in the coder of O*NET. A code of neither shape goes to both.
   */
  private occupationMap(builtIn?: string): OccupationMap | undefined {
    const file = this.settings.occupationMap;
    this.overrides ??= file === undefined ? undefined : parseOccupationMap(file.text, file.name);
    if (this.overrides === undefined || builtIn === undefined) return this.overrides;
    const other = builtIn === 'rome' ? SOC_CODE : ROME_CODE_START;
    return this.overrides.subset((code) => !other.test(code.trim()));
  }
}

/**
 * The code of a group level whose label is `name` once `normalise`d (`--job "Organisation et
 * études"` at level domain): those labels are no titles of the taxonomy, so coding them does
 * not find them; finer levels' labels are titles.
 */
export async function groupCodeOfLabel(
  coder: OccupationCoder,
  name: string,
  normalise: (label: string) => string,
): Promise<string | undefined> {
  const codes = await groupCodesOf(coder.taxonomy, coder.level);
  return codes.find((code) => {
    const label = coder.labelOf(code);
    return label !== undefined && normalise(label) === name;
  });
}

/** `auto`: a file of ROME codes or of French titles is coded with ROME, anything else with O*NET. */
function guessTaxonomy(titles: readonly string[]): 'onet' | 'rome' {
  const cells = titles.map((title) => title.trim()).filter((title) => title !== '');
  if (cells.length === 0) return 'onet';
  const share = (pattern: RegExp) => cells.filter((cell) => pattern.test(cell)).length / cells.length;
  if (share(ROME_CODE) >= 0.5) return 'rome';
  if (share(SOC_CODE) >= 0.5) return 'onet';
  return detectTitleLanguage(cells) === 'fr' ? 'rome' : 'onet';
}
