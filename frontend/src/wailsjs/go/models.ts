export namespace app {
	
	export class Problem {
	    key: string;
	    message: string;
	    params?: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.message = source["message"];
	        this.params = source["params"];
	    }
	}
	export class ActionsResult {
	    ok: boolean;
	    problem?: Problem;
	    texts: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new ActionsResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.texts = source["texts"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AheadResult {
	    ok: boolean;
	    problem?: Problem;
	    preempted: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AheadResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.preempted = source["preempted"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CardEntry {
	    number: string;
	    date: string;
	    department: string;
	    source: string;
	    rating: number;
	    kind: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new CardEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.number = source["number"];
	        this.date = source["date"];
	        this.department = source["department"];
	        this.source = source["source"];
	        this.rating = source["rating"];
	        this.kind = source["kind"];
	        this.text = source["text"];
	    }
	}
	export class CatalogResult {
	    ok: boolean;
	    indicators: methodology.Indicator[];
	
	    static createFrom(source: any = {}) {
	        return new CatalogResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.indicators = this.convertValues(source["indicators"], methodology.Indicator);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ChartData {
	    title: string;
	    points: charts.Point[];
	    indicators: string[];
	
	    static createFrom(source: any = {}) {
	        return new ChartData(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.points = this.convertValues(source["points"], charts.Point);
	        this.indicators = source["indicators"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CitizensResult {
	    ok: boolean;
	    problem?: Problem;
	    path: string;
	    files: string[];
	    hidden: number;
	    seconds: number;
	
	    static createFrom(source: any = {}) {
	        return new CitizensResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.path = source["path"];
	        this.files = source["files"];
	        this.hidden = source["hidden"];
	        this.seconds = source["seconds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CoatOfArmsResult {
	    ok: boolean;
	    problem?: Problem;
	    image: string;
	    type: string;
	    bytes: number;
	
	    static createFrom(source: any = {}) {
	        return new CoatOfArmsResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.image = source["image"];
	        this.type = source["type"];
	        this.bytes = source["bytes"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ColumnData {
	    title: string;
	    type: string;
	
	    static createFrom(source: any = {}) {
	        return new ColumnData(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.type = source["type"];
	    }
	}
	export class CompareResult {
	    ok: boolean;
	    problem?: Problem;
	    period: string;
	    periods: string[];
	    heatmap?: charts.Chart;
	    heatmapRows: number;
	    periodInfo: dashboard.PeriodOption[];
	    total?: dashboard.RankRow;
	    ranking: dashboard.RankRow[];
	    unit: string;
	    entity: string;
	    indicator: string;
	    requested?: string;
	    backlog: dashboard.CompareBacklog[];
	    backlogAsOf: string;
	
	    static createFrom(source: any = {}) {
	        return new CompareResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.period = source["period"];
	        this.periods = source["periods"];
	        this.heatmap = this.convertValues(source["heatmap"], charts.Chart);
	        this.heatmapRows = source["heatmapRows"];
	        this.periodInfo = this.convertValues(source["periodInfo"], dashboard.PeriodOption);
	        this.total = this.convertValues(source["total"], dashboard.RankRow);
	        this.ranking = this.convertValues(source["ranking"], dashboard.RankRow);
	        this.unit = source["unit"];
	        this.entity = source["entity"];
	        this.indicator = source["indicator"];
	        this.requested = source["requested"];
	        this.backlog = this.convertValues(source["backlog"], dashboard.CompareBacklog);
	        this.backlogAsOf = source["backlogAsOf"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ContactResult {
	    ok: boolean;
	    problem?: Problem;
	    email: string;
	    website: string;
	
	    static createFrom(source: any = {}) {
	        return new ContactResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.email = source["email"];
	        this.website = source["website"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CreateThemeRequest {
	    nameBg: string;
	    nameEn: string;
	    words: string[];
	
	    static createFrom(source: any = {}) {
	        return new CreateThemeRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.nameBg = source["nameBg"];
	        this.nameEn = source["nameEn"];
	        this.words = source["words"];
	    }
	}
	export class CreateThemeResult {
	    ok: boolean;
	    problem?: Problem;
	    id: string;
	
	    static createFrom(source: any = {}) {
	        return new CreateThemeResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.id = source["id"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TableData {
	    title: string;
	    columns: ColumnData[];
	    rows: any[][];
	
	    static createFrom(source: any = {}) {
	        return new TableData(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.columns = this.convertValues(source["columns"], ColumnData);
	        this.rows = source["rows"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ViewContext {
	    subject: string;
	    subjectKind: string;
	    period: string;
	
	    static createFrom(source: any = {}) {
	        return new ViewContext(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.subject = source["subject"];
	        this.subjectKind = source["subjectKind"];
	        this.period = source["period"];
	    }
	}
	export class DataRequest {
	    name: string;
	    title: string;
	    format: string;
	    delimiter: string;
	    lang: string;
	    filters: dashboard.Filters;
	    view: ViewContext;
	    charts: ChartData[];
	    tables: TableData[];
	
	    static createFrom(source: any = {}) {
	        return new DataRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.title = source["title"];
	        this.format = source["format"];
	        this.delimiter = source["delimiter"];
	        this.lang = source["lang"];
	        this.filters = this.convertValues(source["filters"], dashboard.Filters);
	        this.view = this.convertValues(source["view"], ViewContext);
	        this.charts = this.convertValues(source["charts"], ChartData);
	        this.tables = this.convertValues(source["tables"], TableData);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DepartmentResult {
	    ok: boolean;
	    problem?: Problem;
	    preempted: boolean;
	    departments: dashboard.DepartmentOption[];
	    yearPartial: boolean;
	    voices?: voice.Summary;
	    keyDrivers?: drivers.Matrix;
	    code: string;
	    name: string;
	    year: number;
	    services?: charts.Chart;
	    trend?: charts.Chart;
	    drivers?: charts.Chart;
	    groups?: charts.Chart;
	    channels?: charts.Chart;
	    signals: dashboard.SignalsSummary;
	    part: string;
	    periodChanges?: dashboard.PeriodChanges;
	    sectionsPeriod: string;
	    backlog: dashboard.Backlog[];
	    changes: dashboard.ServiceChange[];
	    changesPeriod: string;
	
	    static createFrom(source: any = {}) {
	        return new DepartmentResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.preempted = source["preempted"];
	        this.departments = this.convertValues(source["departments"], dashboard.DepartmentOption);
	        this.yearPartial = source["yearPartial"];
	        this.voices = this.convertValues(source["voices"], voice.Summary);
	        this.keyDrivers = this.convertValues(source["keyDrivers"], drivers.Matrix);
	        this.code = source["code"];
	        this.name = source["name"];
	        this.year = source["year"];
	        this.services = this.convertValues(source["services"], charts.Chart);
	        this.trend = this.convertValues(source["trend"], charts.Chart);
	        this.drivers = this.convertValues(source["drivers"], charts.Chart);
	        this.groups = this.convertValues(source["groups"], charts.Chart);
	        this.channels = this.convertValues(source["channels"], charts.Chart);
	        this.signals = this.convertValues(source["signals"], dashboard.SignalsSummary);
	        this.part = source["part"];
	        this.periodChanges = this.convertValues(source["periodChanges"], dashboard.PeriodChanges);
	        this.sectionsPeriod = source["sectionsPeriod"];
	        this.backlog = this.convertValues(source["backlog"], dashboard.Backlog);
	        this.changes = this.convertValues(source["changes"], dashboard.ServiceChange);
	        this.changesPeriod = source["changesPeriod"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DepartmentsResult {
	    ok: boolean;
	    problem?: Problem;
	    departments: dashboard.DepartmentOption[];
	
	    static createFrom(source: any = {}) {
	        return new DepartmentsResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.departments = this.convertValues(source["departments"], dashboard.DepartmentOption);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportFile {
	    ok: boolean;
	    problem?: Problem;
	    path: string;
	    bytes: number;
	    width?: number;
	    height?: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.path = source["path"];
	        this.bytes = source["bytes"];
	        this.width = source["width"];
	        this.height = source["height"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportResult {
	    ok: boolean;
	    problem?: Problem;
	    path: string;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.path = source["path"];
	        this.rows = source["rows"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FileChoice {
	    path: string;
	    problem?: Problem;
	
	    static createFrom(source: any = {}) {
	        return new FileChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.problem = this.convertValues(source["problem"], Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FormEditRequest {
	    path: string;
	    profileYaml: string;
	    edits: ingest.FieldEdit[];
	
	    static createFrom(source: any = {}) {
	        return new FormEditRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.profileYaml = source["profileYaml"];
	        this.edits = this.convertValues(source["edits"], ingest.FieldEdit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FormRequest {
	    path: string;
	    profileYaml: string;
	    kind: string;
	
	    static createFrom(source: any = {}) {
	        return new FormRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.profileYaml = source["profileYaml"];
	        this.kind = source["kind"];
	    }
	}
	export class FormResult {
	    ok: boolean;
	    problem?: Problem;
	    form?: ingest.Form;
	    yaml: string;
	
	    static createFrom(source: any = {}) {
	        return new FormResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.form = this.convertValues(source["form"], ingest.Form);
	        this.yaml = source["yaml"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImageRequest {
	    name: string;
	    format: string;
	    data: string;
	
	    static createFrom(source: any = {}) {
	        return new ImageRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.format = source["format"];
	        this.data = source["data"];
	    }
	}
	export class ImportRequest {
	    path: string;
	    profileYaml: string;
	    maxRejectRate: number;
	    changedRecords: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.profileYaml = source["profileYaml"];
	        this.maxRejectRate = source["maxRejectRate"];
	        this.changedRecords = source["changedRecords"];
	    }
	}
	export class ImportResult {
	    ok: boolean;
	    problem?: Problem;
	    summary?: ingest.Summary;
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.summary = this.convertValues(source["summary"], ingest.Summary);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MultiplesResult {
	    ok: boolean;
	    problem?: Problem;
	    year: number;
	    charts: dashboard.DepartmentChart[];
	
	    static createFrom(source: any = {}) {
	        return new MultiplesResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.year = source["year"];
	        this.charts = this.convertValues(source["charts"], dashboard.DepartmentChart);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OverviewResult {
	    ok: boolean;
	    problem?: Problem;
	    period: string;
	    comparedTo: string;
	    year: number;
	    yearCoverage: string;
	    tiles: dashboard.Tile[];
	    trend?: charts.Chart;
	    methods: dashboard.MethodUse[];
	    worse: methodology.Change[];
	    better: methodology.Change[];
	    tests: number;
	    expectedByChance: number;
	    uncorrected: number;
	    significant: number;
	    level: number;
	    comparedHasData: boolean;
	    themesGrew: dashboard.ThemeGrowth[];
	    themesHaveData: boolean;
	    themesComparedHasData: boolean;
	
	    static createFrom(source: any = {}) {
	        return new OverviewResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.period = source["period"];
	        this.comparedTo = source["comparedTo"];
	        this.year = source["year"];
	        this.yearCoverage = source["yearCoverage"];
	        this.tiles = this.convertValues(source["tiles"], dashboard.Tile);
	        this.trend = this.convertValues(source["trend"], charts.Chart);
	        this.methods = this.convertValues(source["methods"], dashboard.MethodUse);
	        this.worse = this.convertValues(source["worse"], methodology.Change);
	        this.better = this.convertValues(source["better"], methodology.Change);
	        this.tests = source["tests"];
	        this.expectedByChance = source["expectedByChance"];
	        this.uncorrected = source["uncorrected"];
	        this.significant = source["significant"];
	        this.level = source["level"];
	        this.comparedHasData = source["comparedHasData"];
	        this.themesGrew = this.convertValues(source["themesGrew"], dashboard.ThemeGrowth);
	        this.themesHaveData = source["themesHaveData"];
	        this.themesComparedHasData = source["themesComparedHasData"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PeriodsResult {
	    ok: boolean;
	    problem?: Problem;
	    rows: dashboard.PeriodRow[];
	    noData: string[];
	
	    static createFrom(source: any = {}) {
	        return new PeriodsResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.rows = this.convertValues(source["rows"], dashboard.PeriodRow);
	        this.noData = source["noData"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PreviewCell {
	    value: string;
	    problem?: string;
	
	    static createFrom(source: any = {}) {
	        return new PreviewCell(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.problem = source["problem"];
	    }
	}
	export class PreviewRequest {
	    path: string;
	    profileYaml: string;
	
	    static createFrom(source: any = {}) {
	        return new PreviewRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.profileYaml = source["profileYaml"];
	    }
	}
	export class PreviewResult {
	    ok: boolean;
	    problem?: Problem;
	    source: read.SourceInfo;
	    header: string[];
	    rows: PreviewCell[][];
	    rowNumbers: number[];
	    rowProblems: Record<number, Array<string>>;
	    suggested?: string;
	    problems: read.Problem[];
	
	    static createFrom(source: any = {}) {
	        return new PreviewResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.source = this.convertValues(source["source"], read.SourceInfo);
	        this.header = source["header"];
	        this.rows = this.convertValues(source["rows"], PreviewCell);
	        this.rowNumbers = source["rowNumbers"];
	        this.rowProblems = source["rowProblems"];
	        this.suggested = source["suggested"];
	        this.problems = this.convertValues(source["problems"], read.Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ProfileInfo {
	    id: string;
	    name: string;
	    kind: string;
	    yaml: string;
	    example: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ProfileInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.yaml = source["yaml"];
	        this.example = source["example"];
	    }
	}
	export class ProfilesResult {
	    ok: boolean;
	    problem?: Problem;
	    profiles: ProfileInfo[];
	
	    static createFrom(source: any = {}) {
	        return new ProfilesResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.profiles = this.convertValues(source["profiles"], ProfileInfo);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PublishRequest {
	    year: number;
	    lang: string;
	    k: number;
	
	    static createFrom(source: any = {}) {
	        return new PublishRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.lang = source["lang"];
	        this.k = source["k"];
	    }
	}
	export class QuarantineRow {
	    importId: number;
	    file: string;
	    row: number;
	    column: string;
	    value: string;
	    raw: string;
	    reasonBg: string;
	    reasonEn: string;
	    kind: string;
	
	    static createFrom(source: any = {}) {
	        return new QuarantineRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.importId = source["importId"];
	        this.file = source["file"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.value = source["value"];
	        this.raw = source["raw"];
	        this.reasonBg = source["reasonBg"];
	        this.reasonEn = source["reasonEn"];
	        this.kind = source["kind"];
	    }
	}
	export class QuarantineResult {
	    ok: boolean;
	    problem?: Problem;
	    rows: QuarantineRow[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new QuarantineResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.rows = this.convertValues(source["rows"], QuarantineRow);
	        this.total = source["total"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class RecordsRequest {
	    kind: string;
	    department: string;
	    period: string;
	    search: string;
	    lowRated: boolean;
	    theme: string;
	    indicator: string;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	    filters: dashboard.Filters;
	
	    static createFrom(source: any = {}) {
	        return new RecordsRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.department = source["department"];
	        this.period = source["period"];
	        this.search = source["search"];
	        this.lowRated = source["lowRated"];
	        this.theme = source["theme"];
	        this.indicator = source["indicator"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	        this.filters = this.convertValues(source["filters"], dashboard.Filters);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RecordsResult {
	    ok: boolean;
	    problem?: Problem;
	    page?: methodology.RecordsPage;
	    behind?: methodology.Text;
	
	    static createFrom(source: any = {}) {
	        return new RecordsResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.page = this.convertValues(source["page"], methodology.RecordsPage);
	        this.behind = this.convertValues(source["behind"], methodology.Text);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReportRequest {
	    year: number;
	    lang: string;
	    annex: boolean;
	    final: boolean;
	    regNo: string;
	
	    static createFrom(source: any = {}) {
	        return new ReportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.lang = source["lang"];
	        this.annex = source["annex"];
	        this.final = source["final"];
	        this.regNo = source["regNo"];
	    }
	}
	export class ReportResult {
	    ok: boolean;
	    problem?: Problem;
	    html: string;
	    xlsx: string;
	    seconds: number;
	
	    static createFrom(source: any = {}) {
	        return new ReportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.html = source["html"];
	        this.xlsx = source["xlsx"];
	        this.seconds = source["seconds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReportYears {
	    ok: boolean;
	    problem?: Problem;
	    years: number[];
	    default: number;
	    departments: dashboard.DepartmentOption[];
	
	    static createFrom(source: any = {}) {
	        return new ReportYears(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.years = source["years"];
	        this.default = source["default"];
	        this.departments = this.convertValues(source["departments"], dashboard.DepartmentOption);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SaveResult {
	    ok: boolean;
	    problem?: Problem;
	
	    static createFrom(source: any = {}) {
	        return new SaveResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SignatoriesResult {
	    ok: boolean;
	    problem?: Problem;
	    preparedBy: string;
	    approvedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new SignatoriesResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.preparedBy = source["preparedBy"];
	        this.approvedBy = source["approvedBy"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Status {
	    ready: boolean;
	    demo: boolean;
	    dbPath: string;
	    version: string;
	    problem?: Problem;
	    firstStart: boolean;
	    skipped: methodology.SkippedIndicator[];
	    municipality: string;
	    municipalities: number;
	    timing?: boolean;
	    walk?: boolean;
	    walkReader?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Status(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ready = source["ready"];
	        this.demo = source["demo"];
	        this.dbPath = source["dbPath"];
	        this.version = source["version"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.firstStart = source["firstStart"];
	        this.skipped = this.convertValues(source["skipped"], methodology.SkippedIndicator);
	        this.municipality = source["municipality"];
	        this.municipalities = source["municipalities"];
	        this.timing = source["timing"];
	        this.walk = source["walk"];
	        this.walkReader = source["walkReader"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ThemeOption {
	    id: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new ThemeOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class TimingStep {
	    name: string;
	    at: number;
	
	    static createFrom(source: any = {}) {
	        return new TimingStep(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.at = source["at"];
	    }
	}
	export class TrendRequest {
	    indicator: string;
	    grain: string;
	    lang: string;
	    filters: dashboard.Filters;
	    highlight: string;
	
	    static createFrom(source: any = {}) {
	        return new TrendRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.indicator = source["indicator"];
	        this.grain = source["grain"];
	        this.lang = source["lang"];
	        this.filters = this.convertValues(source["filters"], dashboard.Filters);
	        this.highlight = source["highlight"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TrendResult {
	    ok: boolean;
	    problem?: Problem;
	    chart?: charts.Chart;
	    highlight: string;
	    departments: dashboard.DepartmentOption[];
	
	    static createFrom(source: any = {}) {
	        return new TrendResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.chart = this.convertValues(source["chart"], charts.Chart);
	        this.highlight = source["highlight"];
	        this.departments = this.convertValues(source["departments"], dashboard.DepartmentOption);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ValuesResult {
	    ok: boolean;
	    problem?: Problem;
	    values: methodology.Value[];
	
	    static createFrom(source: any = {}) {
	        return new ValuesResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.problem = this.convertValues(source["problem"], Problem);
	        this.values = this.convertValues(source["values"], methodology.Value);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ViewChart {
	    title: string;
	    option: number[];
	    points: charts.Point[];
	
	    static createFrom(source: any = {}) {
	        return new ViewChart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.option = source["option"];
	        this.points = this.convertValues(source["points"], charts.Point);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ViewRequest {
	    name: string;
	    title: string;
	    lang: string;
	    filters: dashboard.Filters;
	    view: ViewContext;
	    charts: ViewChart[];
	    tables: TableData[];
	
	    static createFrom(source: any = {}) {
	        return new ViewRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.title = source["title"];
	        this.lang = source["lang"];
	        this.filters = this.convertValues(source["filters"], dashboard.Filters);
	        this.view = this.convertValues(source["view"], ViewContext);
	        this.charts = this.convertValues(source["charts"], ViewChart);
	        this.tables = this.convertValues(source["tables"], TableData);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace backlog {
	
	export class Cohort {
	    filed: number;
	    withdrawn: number;
	    no_deadline: number;
	    bad_dates: number;
	    on_time: number;
	    late: number;
	    open_overdue: number;
	    open_pending: number;
	    on_time_share?: number;
	    late_share?: number;
	    open_overdue_share?: number;
	    open_pending_share?: number;
	    rate?: number;
	    rate_n: number;
	    rate_ci_low?: number;
	    rate_ci_high?: number;
	
	    static createFrom(source: any = {}) {
	        return new Cohort(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.filed = source["filed"];
	        this.withdrawn = source["withdrawn"];
	        this.no_deadline = source["no_deadline"];
	        this.bad_dates = source["bad_dates"];
	        this.on_time = source["on_time"];
	        this.late = source["late"];
	        this.open_overdue = source["open_overdue"];
	        this.open_pending = source["open_pending"];
	        this.on_time_share = source["on_time_share"];
	        this.late_share = source["late_share"];
	        this.open_overdue_share = source["open_overdue_share"];
	        this.open_pending_share = source["open_pending_share"];
	        this.rate = source["rate"];
	        this.rate_n = source["rate_n"];
	        this.rate_ci_low = source["rate_ci_low"];
	        this.rate_ci_high = source["rate_ci_high"];
	    }
	}
	export class Median {
	    n: number;
	    events: number;
	    censored: number;
	    days?: number;
	    ci_low?: number;
	    ci_high?: number;
	
	    static createFrom(source: any = {}) {
	        return new Median(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.n = source["n"];
	        this.events = source["events"];
	        this.censored = source["censored"];
	        this.days = source["days"];
	        this.ci_low = source["ci_low"];
	        this.ci_high = source["ci_high"];
	    }
	}
	export class Step {
	    day: number;
	    at_risk: number;
	    events: number;
	    survival: number;
	    lower?: number;
	    upper?: number;
	
	    static createFrom(source: any = {}) {
	        return new Step(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.day = source["day"];
	        this.at_risk = source["at_risk"];
	        this.events = source["events"];
	        this.survival = source["survival"];
	        this.lower = source["lower"];
	        this.upper = source["upper"];
	    }
	}

}

export namespace charts {
	
	export class Filter {
	    dim: string;
	    value: string;
	
	    static createFrom(source: any = {}) {
	        return new Filter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.dim = source["dim"];
	        this.value = source["value"];
	    }
	}
	export class Point {
	    series: string;
	    period: string;
	    value?: number;
	    n: number;
	    key?: string;
	    code?: string;
	    kind?: string;
	    indicator?: string;
	    low?: number;
	    high?: number;
	    small?: boolean;
	    filter?: Filter;
	    partial?: boolean;
	    coverage?: string;
	
	    static createFrom(source: any = {}) {
	        return new Point(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.series = source["series"];
	        this.period = source["period"];
	        this.value = source["value"];
	        this.n = source["n"];
	        this.key = source["key"];
	        this.code = source["code"];
	        this.kind = source["kind"];
	        this.indicator = source["indicator"];
	        this.low = source["low"];
	        this.high = source["high"];
	        this.small = source["small"];
	        this.filter = this.convertValues(source["filter"], Filter);
	        this.partial = source["partial"];
	        this.coverage = source["coverage"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Chart {
	    option: number[];
	    points: Point[];
	    indicators?: string[];
	    basis?: string;
	    mostlySmall?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Chart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.option = source["option"];
	        this.points = this.convertValues(source["points"], Point);
	        this.indicators = source["indicators"];
	        this.basis = source["basis"];
	        this.mostlySmall = source["mostlySmall"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	

}

export namespace dashboard {
	
	export class Backlog {
	    register: string;
	    period: string;
	    asOf: string;
	    cohort: backlog.Cohort;
	    median: backlog.Median;
	    completedOnTime?: number;
	    completedOnTimeN: number;
	    completedMedianDays?: number;
	
	    static createFrom(source: any = {}) {
	        return new Backlog(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.register = source["register"];
	        this.period = source["period"];
	        this.asOf = source["asOf"];
	        this.cohort = this.convertValues(source["cohort"], backlog.Cohort);
	        this.median = this.convertValues(source["median"], backlog.Median);
	        this.completedOnTime = source["completedOnTime"];
	        this.completedOnTimeN = source["completedOnTimeN"];
	        this.completedMedianDays = source["completedMedianDays"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CompareBacklog {
	    code: string;
	    department: string;
	    cohort: backlog.Cohort;
	    median: backlog.Median;
	
	    static createFrom(source: any = {}) {
	        return new CompareBacklog(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.department = source["department"];
	        this.cohort = this.convertValues(source["cohort"], backlog.Cohort);
	        this.median = this.convertValues(source["median"], backlog.Median);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RankRow {
	    department: string;
	    code: string;
	    value?: number;
	    n: number;
	    ciLow?: number;
	    ciHigh?: number;
	    smallSample: boolean;
	    rank?: number;
	    status: string;
	    yearAgo?: number;
	    significant?: boolean;
	    p?: number;
	    q?: number;
	
	    static createFrom(source: any = {}) {
	        return new RankRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.department = source["department"];
	        this.code = source["code"];
	        this.value = source["value"];
	        this.n = source["n"];
	        this.ciLow = source["ciLow"];
	        this.ciHigh = source["ciHigh"];
	        this.smallSample = source["smallSample"];
	        this.rank = source["rank"];
	        this.status = source["status"];
	        this.yearAgo = source["yearAgo"];
	        this.significant = source["significant"];
	        this.p = source["p"];
	        this.q = source["q"];
	    }
	}
	export class PeriodOption {
	    period: string;
	    complete: boolean;
	    coverage: string;
	
	    static createFrom(source: any = {}) {
	        return new PeriodOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.complete = source["complete"];
	        this.coverage = source["coverage"];
	    }
	}
	export class Compare {
	    period: string;
	    periods: string[];
	    heatmap?: charts.Chart;
	    heatmapRows: number;
	    periodInfo: PeriodOption[];
	    total?: RankRow;
	    ranking: RankRow[];
	    unit: string;
	    entity: string;
	    indicator: string;
	    requested?: string;
	    backlog: CompareBacklog[];
	    backlogAsOf: string;
	
	    static createFrom(source: any = {}) {
	        return new Compare(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.periods = source["periods"];
	        this.heatmap = this.convertValues(source["heatmap"], charts.Chart);
	        this.heatmapRows = source["heatmapRows"];
	        this.periodInfo = this.convertValues(source["periodInfo"], PeriodOption);
	        this.total = this.convertValues(source["total"], RankRow);
	        this.ranking = this.convertValues(source["ranking"], RankRow);
	        this.unit = source["unit"];
	        this.entity = source["entity"];
	        this.indicator = source["indicator"];
	        this.requested = source["requested"];
	        this.backlog = this.convertValues(source["backlog"], CompareBacklog);
	        this.backlogAsOf = source["backlogAsOf"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Filters {
	    from: string;
	    to: string;
	    channel: string[];
	    group: string[];
	    method: string[];
	
	    static createFrom(source: any = {}) {
	        return new Filters(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.channel = source["channel"];
	        this.group = source["group"];
	        this.method = source["method"];
	    }
	}
	export class CompareRequest {
	    lang: string;
	    grain: string;
	    period: string;
	    indicator: string;
	    filters: Filters;
	
	    static createFrom(source: any = {}) {
	        return new CompareRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lang = source["lang"];
	        this.grain = source["grain"];
	        this.period = source["period"];
	        this.indicator = source["indicator"];
	        this.filters = this.convertValues(source["filters"], Filters);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ServiceChange {
	    service: string;
	    serviceCode: string;
	    indicator: string;
	    name: string;
	    unit: string;
	    period: string;
	    value?: number;
	    n: number;
	    ciLow?: number;
	    ciHigh?: number;
	    smallSample: boolean;
	    previous?: number;
	    delta?: number;
	    significant?: boolean;
	    p?: number;
	    q?: number;
	    worse: boolean;
	    neutral: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ServiceChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.service = source["service"];
	        this.serviceCode = source["serviceCode"];
	        this.indicator = source["indicator"];
	        this.name = source["name"];
	        this.unit = source["unit"];
	        this.period = source["period"];
	        this.value = source["value"];
	        this.n = source["n"];
	        this.ciLow = source["ciLow"];
	        this.ciHigh = source["ciHigh"];
	        this.smallSample = source["smallSample"];
	        this.previous = source["previous"];
	        this.delta = source["delta"];
	        this.significant = source["significant"];
	        this.p = source["p"];
	        this.q = source["q"];
	        this.worse = source["worse"];
	        this.neutral = source["neutral"];
	    }
	}
	export class PeriodChanges {
	    period: string;
	    comparedTo: string;
	    comparedHasData: boolean;
	    tests: number;
	    uncorrected: number;
	    worse: methodology.Change[];
	    better: methodology.Change[];
	
	    static createFrom(source: any = {}) {
	        return new PeriodChanges(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.comparedTo = source["comparedTo"];
	        this.comparedHasData = source["comparedHasData"];
	        this.tests = source["tests"];
	        this.uncorrected = source["uncorrected"];
	        this.worse = this.convertValues(source["worse"], methodology.Change);
	        this.better = this.convertValues(source["better"], methodology.Change);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SignalsSummary {
	    received: Record<string, number>;
	    onTime?: number;
	    onTimeN: number;
	    overdue?: number;
	    medianDays?: number;
	    upheldShare?: number;
	
	    static createFrom(source: any = {}) {
	        return new SignalsSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.received = source["received"];
	        this.onTime = source["onTime"];
	        this.onTimeN = source["onTimeN"];
	        this.overdue = source["overdue"];
	        this.medianDays = source["medianDays"];
	        this.upheldShare = source["upheldShare"];
	    }
	}
	export class DepartmentOption {
	    code: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new DepartmentOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.name = source["name"];
	    }
	}
	export class Department {
	    departments: DepartmentOption[];
	    yearPartial: boolean;
	    voices?: voice.Summary;
	    keyDrivers?: drivers.Matrix;
	    code: string;
	    name: string;
	    year: number;
	    services?: charts.Chart;
	    trend?: charts.Chart;
	    drivers?: charts.Chart;
	    groups?: charts.Chart;
	    channels?: charts.Chart;
	    signals: SignalsSummary;
	    part: string;
	    periodChanges?: PeriodChanges;
	    sectionsPeriod: string;
	    backlog: Backlog[];
	    changes: ServiceChange[];
	    changesPeriod: string;
	
	    static createFrom(source: any = {}) {
	        return new Department(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.departments = this.convertValues(source["departments"], DepartmentOption);
	        this.yearPartial = source["yearPartial"];
	        this.voices = this.convertValues(source["voices"], voice.Summary);
	        this.keyDrivers = this.convertValues(source["keyDrivers"], drivers.Matrix);
	        this.code = source["code"];
	        this.name = source["name"];
	        this.year = source["year"];
	        this.services = this.convertValues(source["services"], charts.Chart);
	        this.trend = this.convertValues(source["trend"], charts.Chart);
	        this.drivers = this.convertValues(source["drivers"], charts.Chart);
	        this.groups = this.convertValues(source["groups"], charts.Chart);
	        this.channels = this.convertValues(source["channels"], charts.Chart);
	        this.signals = this.convertValues(source["signals"], SignalsSummary);
	        this.part = source["part"];
	        this.periodChanges = this.convertValues(source["periodChanges"], PeriodChanges);
	        this.sectionsPeriod = source["sectionsPeriod"];
	        this.backlog = this.convertValues(source["backlog"], Backlog);
	        this.changes = this.convertValues(source["changes"], ServiceChange);
	        this.changesPeriod = source["changesPeriod"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DepartmentChart {
	    department: string;
	    code: string;
	    chart?: charts.Chart;
	
	    static createFrom(source: any = {}) {
	        return new DepartmentChart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.department = source["department"];
	        this.code = source["code"];
	        this.chart = this.convertValues(source["chart"], charts.Chart);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DepartmentRequest {
	    code: string;
	    lang: string;
	    filters: Filters;
	    period: string;
	    part: string;
	
	    static createFrom(source: any = {}) {
	        return new DepartmentRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.lang = source["lang"];
	        this.filters = this.convertValues(source["filters"], Filters);
	        this.period = source["period"];
	        this.part = source["part"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class MethodUse {
	    method: string;
	    mandatory: boolean;
	    records: number;
	
	    static createFrom(source: any = {}) {
	        return new MethodUse(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.method = source["method"];
	        this.mandatory = source["mandatory"];
	        this.records = source["records"];
	    }
	}
	export class Multiples {
	    year: number;
	    charts: DepartmentChart[];
	
	    static createFrom(source: any = {}) {
	        return new Multiples(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.charts = this.convertValues(source["charts"], DepartmentChart);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MultiplesRequest {
	    lang: string;
	    indicator: string;
	    filters: Filters;
	    year: number;
	
	    static createFrom(source: any = {}) {
	        return new MultiplesRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lang = source["lang"];
	        this.indicator = source["indicator"];
	        this.filters = this.convertValues(source["filters"], Filters);
	        this.year = source["year"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ThemeGrowth {
	    id: string;
	    name: string;
	    value: number;
	    n: number;
	    yearAgo: number;
	    delta: number;
	    significant?: boolean;
	    smallSample: boolean;
	    p?: number;
	    q?: number;
	
	    static createFrom(source: any = {}) {
	        return new ThemeGrowth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.value = source["value"];
	        this.n = source["n"];
	        this.yearAgo = source["yearAgo"];
	        this.delta = source["delta"];
	        this.significant = source["significant"];
	        this.smallSample = source["smallSample"];
	        this.p = source["p"];
	        this.q = source["q"];
	    }
	}
	export class Tile {
	    indicator: string;
	    name: string;
	    unit: string;
	    direction: string;
	    period: string;
	    complete: boolean;
	    coverage: string;
	    own: boolean;
	    value?: number;
	    n: number;
	    smallSample: boolean;
	    comparedTo: string;
	    previous?: number;
	    delta?: number;
	    significant?: boolean;
	    p?: number;
	    q?: number;
	    target?: number;
	    status: string;
	    spark?: charts.Chart;
	    variation: string;
	    assurance: string;
	    spcMonths: number;
	
	    static createFrom(source: any = {}) {
	        return new Tile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.indicator = source["indicator"];
	        this.name = source["name"];
	        this.unit = source["unit"];
	        this.direction = source["direction"];
	        this.period = source["period"];
	        this.complete = source["complete"];
	        this.coverage = source["coverage"];
	        this.own = source["own"];
	        this.value = source["value"];
	        this.n = source["n"];
	        this.smallSample = source["smallSample"];
	        this.comparedTo = source["comparedTo"];
	        this.previous = source["previous"];
	        this.delta = source["delta"];
	        this.significant = source["significant"];
	        this.p = source["p"];
	        this.q = source["q"];
	        this.target = source["target"];
	        this.status = source["status"];
	        this.spark = this.convertValues(source["spark"], charts.Chart);
	        this.variation = source["variation"];
	        this.assurance = source["assurance"];
	        this.spcMonths = source["spcMonths"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Overview {
	    period: string;
	    comparedTo: string;
	    year: number;
	    yearCoverage: string;
	    tiles: Tile[];
	    trend?: charts.Chart;
	    methods: MethodUse[];
	    worse: methodology.Change[];
	    better: methodology.Change[];
	    tests: number;
	    expectedByChance: number;
	    uncorrected: number;
	    significant: number;
	    level: number;
	    comparedHasData: boolean;
	    themesGrew: ThemeGrowth[];
	    themesHaveData: boolean;
	    themesComparedHasData: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.comparedTo = source["comparedTo"];
	        this.year = source["year"];
	        this.yearCoverage = source["yearCoverage"];
	        this.tiles = this.convertValues(source["tiles"], Tile);
	        this.trend = this.convertValues(source["trend"], charts.Chart);
	        this.methods = this.convertValues(source["methods"], MethodUse);
	        this.worse = this.convertValues(source["worse"], methodology.Change);
	        this.better = this.convertValues(source["better"], methodology.Change);
	        this.tests = source["tests"];
	        this.expectedByChance = source["expectedByChance"];
	        this.uncorrected = source["uncorrected"];
	        this.significant = source["significant"];
	        this.level = source["level"];
	        this.comparedHasData = source["comparedHasData"];
	        this.themesGrew = this.convertValues(source["themesGrew"], ThemeGrowth);
	        this.themesHaveData = source["themesHaveData"];
	        this.themesComparedHasData = source["themesComparedHasData"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OverviewRequest {
	    lang: string;
	    grain: string;
	    indicator: string;
	    filters: Filters;
	
	    static createFrom(source: any = {}) {
	        return new OverviewRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lang = source["lang"];
	        this.grain = source["grain"];
	        this.indicator = source["indicator"];
	        this.filters = this.convertValues(source["filters"], Filters);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class PeriodRow {
	    indicator: string;
	    name: string;
	    unit: string;
	    direction: string;
	    a?: number;
	    nA: number;
	    b?: number;
	    nB: number;
	    delta?: number;
	    significant?: boolean;
	    p?: number;
	    q?: number;
	
	    static createFrom(source: any = {}) {
	        return new PeriodRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.indicator = source["indicator"];
	        this.name = source["name"];
	        this.unit = source["unit"];
	        this.direction = source["direction"];
	        this.a = source["a"];
	        this.nA = source["nA"];
	        this.b = source["b"];
	        this.nB = source["nB"];
	        this.delta = source["delta"];
	        this.significant = source["significant"];
	        this.p = source["p"];
	        this.q = source["q"];
	    }
	}
	export class PeriodTable {
	    rows: PeriodRow[];
	    noData: string[];
	
	    static createFrom(source: any = {}) {
	        return new PeriodTable(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], PeriodRow);
	        this.noData = source["noData"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PeriodsRequest {
	    lang: string;
	    grain: string;
	    a: string;
	    b: string;
	    filters: Filters;
	
	    static createFrom(source: any = {}) {
	        return new PeriodsRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lang = source["lang"];
	        this.grain = source["grain"];
	        this.a = source["a"];
	        this.b = source["b"];
	        this.filters = this.convertValues(source["filters"], Filters);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	

}

export namespace drivers {
	
	export class Quadrant {
	    id: string;
	    bg: string;
	    en: string;
	
	    static createFrom(source: any = {}) {
	        return new Quadrant(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.bg = source["bg"];
	        this.en = source["en"];
	    }
	}
	export class Row {
	    name: string;
	    raw: number;
	    percent: number;
	    r: number;
	    raw_lo: number;
	    raw_hi: number;
	    percent_lo: number;
	    percent_hi: number;
	    r_lo: number;
	    r_hi: number;
	    name_bg: string;
	    name_en: string;
	    performance: number;
	    quadrant: Quadrant;
	
	    static createFrom(source: any = {}) {
	        return new Row(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.raw = source["raw"];
	        this.percent = source["percent"];
	        this.r = source["r"];
	        this.raw_lo = source["raw_lo"];
	        this.raw_hi = source["raw_hi"];
	        this.percent_lo = source["percent_lo"];
	        this.percent_hi = source["percent_hi"];
	        this.r_lo = source["r_lo"];
	        this.r_hi = source["r_hi"];
	        this.name_bg = source["name_bg"];
	        this.name_en = source["name_en"];
	        this.performance = source["performance"];
	        this.quadrant = this.convertValues(source["quadrant"], Quadrant);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Matrix {
	    department?: string;
	    n: number;
	    r2: number;
	    hidden: boolean;
	    warnings: string[];
	    level: number;
	    resamples: number;
	    importance_cut: number;
	    performance_cut: number;
	    drivers: Row[];
	
	    static createFrom(source: any = {}) {
	        return new Matrix(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.department = source["department"];
	        this.n = source["n"];
	        this.r2 = source["r2"];
	        this.hidden = source["hidden"];
	        this.warnings = source["warnings"];
	        this.level = source["level"];
	        this.resamples = source["resamples"];
	        this.importance_cut = source["importance_cut"];
	        this.performance_cut = source["performance_cut"];
	        this.drivers = this.convertValues(source["drivers"], Row);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	

}

export namespace ingest {
	
	export class Conflict {
	    key: string;
	    kept: number;
	    rows: number[];
	    columns: string[];
	
	    static createFrom(source: any = {}) {
	        return new Conflict(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kept = source["kept"];
	        this.rows = source["rows"];
	        this.columns = source["columns"];
	    }
	}
	export class FieldEdit {
	    name: string;
	    column: string;
	    map: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new FieldEdit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.column = source["column"];
	        this.map = source["map"];
	    }
	}
	export class FormSample {
	    row: number;
	    raw: string;
	    stored: string;
	    problem: string;
	
	    static createFrom(source: any = {}) {
	        return new FormSample(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.raw = source["raw"];
	        this.stored = source["stored"];
	        this.problem = source["problem"];
	    }
	}
	export class FormValue {
	    value: string;
	    code: string;
	    known: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FormValue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.code = source["code"];
	        this.known = source["known"];
	    }
	}
	export class FormField {
	    name: string;
	    type: string;
	    required: boolean;
	    meaningBg: string;
	    meaningEn: string;
	    column: string;
	    advanced: string;
	    codes: string[];
	    values: FormValue[];
	    samples: FormSample[];
	
	    static createFrom(source: any = {}) {
	        return new FormField(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.type = source["type"];
	        this.required = source["required"];
	        this.meaningBg = source["meaningBg"];
	        this.meaningEn = source["meaningEn"];
	        this.column = source["column"];
	        this.advanced = source["advanced"];
	        this.codes = source["codes"];
	        this.values = this.convertValues(source["values"], FormValue);
	        this.samples = this.convertValues(source["samples"], FormSample);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Form {
	    kind: string;
	    kinds: string[];
	    header: string[];
	    fields: FormField[];
	
	    static createFrom(source: any = {}) {
	        return new Form(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.kinds = source["kinds"];
	        this.header = source["header"];
	        this.fields = this.convertValues(source["fields"], FormField);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class Summary {
	    file: string;
	    sha256: string;
	    importId: number;
	    status: string;
	    message?: string;
	    read: number;
	    accepted: number;
	    rejected: number;
	    duplicates: number;
	    conflicting: number;
	    conflicts: Conflict[];
	    fieldsEmptied: number;
	    replaced: number;
	    new: number;
	    newDepartments: number;
	    piiMasked: number;
	    problems: read.Problem[];
	    source: read.SourceInfo;
	    profile: string;
	
	    static createFrom(source: any = {}) {
	        return new Summary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sha256 = source["sha256"];
	        this.importId = source["importId"];
	        this.status = source["status"];
	        this.message = source["message"];
	        this.read = source["read"];
	        this.accepted = source["accepted"];
	        this.rejected = source["rejected"];
	        this.duplicates = source["duplicates"];
	        this.conflicting = source["conflicting"];
	        this.conflicts = this.convertValues(source["conflicts"], Conflict);
	        this.fieldsEmptied = source["fieldsEmptied"];
	        this.replaced = source["replaced"];
	        this.new = source["new"];
	        this.newDepartments = source["newDepartments"];
	        this.piiMasked = source["piiMasked"];
	        this.problems = this.convertValues(source["problems"], read.Problem);
	        this.source = this.convertValues(source["source"], read.SourceInfo);
	        this.profile = source["profile"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace methodology {
	
	export class Text {
	    bg: string;
	    en: string;
	
	    static createFrom(source: any = {}) {
	        return new Text(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.bg = source["bg"];
	        this.en = source["en"];
	    }
	}
	export class Change {
	    indicator: string;
	    name: Text;
	    department: string;
	    departmentCode: string;
	    period: string;
	    value: number;
	    yearAgo: number;
	    delta: number;
	    deltaLow?: number;
	    deltaHigh?: number;
	    unit: string;
	    n: number;
	    p: number;
	    q: number;
	    z: number;
	    improvement: boolean;
	    neutral: boolean;
	    more: number;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.indicator = source["indicator"];
	        this.name = this.convertValues(source["name"], Text);
	        this.department = source["department"];
	        this.departmentCode = source["departmentCode"];
	        this.period = source["period"];
	        this.value = source["value"];
	        this.yearAgo = source["yearAgo"];
	        this.delta = source["delta"];
	        this.deltaLow = source["deltaLow"];
	        this.deltaHigh = source["deltaHigh"];
	        this.unit = source["unit"];
	        this.n = source["n"];
	        this.p = source["p"];
	        this.q = source["q"];
	        this.z = source["z"];
	        this.improvement = source["improvement"];
	        this.neutral = source["neutral"];
	        this.more = source["more"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Side {
	    source?: string;
	    value: string;
	    filter?: string;
	
	    static createFrom(source: any = {}) {
	        return new Side(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.value = source["value"];
	        this.filter = source["filter"];
	    }
	}
	export class Measure {
	    kind: string;
	    date?: string;
	    filter?: string;
	    value?: string;
	    numerator?: string;
	    num?: Side;
	    den?: Side;
	    scale?: number;
	    dimension?: string;
	    methods?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Measure(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.date = source["date"];
	        this.filter = source["filter"];
	        this.value = source["value"];
	        this.numerator = source["numerator"];
	        this.num = this.convertValues(source["num"], Side);
	        this.den = this.convertValues(source["den"], Side);
	        this.scale = source["scale"];
	        this.dimension = source["dimension"];
	        this.methods = source["methods"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Indicator {
	    id: string;
	    name: Text;
	    description: Text;
	    method: string;
	    group: string;
	    source: string;
	    unit: string;
	    direction: string;
	    target?: number;
	    warning?: number;
	    min_n: number;
	    date_basis: string;
	    measure: Measure;
	    file: string;
	    user: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Indicator(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = this.convertValues(source["name"], Text);
	        this.description = this.convertValues(source["description"], Text);
	        this.method = source["method"];
	        this.group = source["group"];
	        this.source = source["source"];
	        this.unit = source["unit"];
	        this.direction = source["direction"];
	        this.target = source["target"];
	        this.warning = source["warning"];
	        this.min_n = source["min_n"];
	        this.date_basis = source["date_basis"];
	        this.measure = this.convertValues(source["measure"], Measure);
	        this.file = source["file"];
	        this.user = source["user"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class RecordsPage {
	    columns: string[];
	    rows: string[][];
	    total: number;
	    indicator?: string;
	
	    static createFrom(source: any = {}) {
	        return new RecordsPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.columns = source["columns"];
	        this.rows = source["rows"];
	        this.total = source["total"];
	        this.indicator = source["indicator"];
	    }
	}
	
	export class SkippedIndicator {
	    id: string;
	    file: string;
	    user: boolean;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new SkippedIndicator(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.file = source["file"];
	        this.user = source["user"];
	        this.reason = source["reason"];
	    }
	}
	
	export class Value {
	    indicator: string;
	    period: string;
	    unit: string;
	    date_basis: string;
	    complete: boolean;
	    coverage: string;
	    value?: number;
	    note?: string;
	    n: number;
	    ci_low?: number;
	    ci_high?: number;
	    ci_clipped?: boolean;
	    small_sample: boolean;
	    previous?: number;
	    previous_delta?: number;
	    previous_significant?: boolean;
	    year_ago?: number;
	    year_ago_delta?: number;
	    year_ago_significant?: boolean;
	    previous_p?: number;
	    previous_q?: number;
	    year_ago_p?: number;
	    year_ago_q?: number;
	    previous_withheld: boolean;
	    year_ago_same_span: boolean;
	    year_ago_from?: string;
	    year_ago_to?: string;
	    year_ago_withheld: boolean;
	    rank?: number;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new Value(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.indicator = source["indicator"];
	        this.period = source["period"];
	        this.unit = source["unit"];
	        this.date_basis = source["date_basis"];
	        this.complete = source["complete"];
	        this.coverage = source["coverage"];
	        this.value = source["value"];
	        this.note = source["note"];
	        this.n = source["n"];
	        this.ci_low = source["ci_low"];
	        this.ci_high = source["ci_high"];
	        this.ci_clipped = source["ci_clipped"];
	        this.small_sample = source["small_sample"];
	        this.previous = source["previous"];
	        this.previous_delta = source["previous_delta"];
	        this.previous_significant = source["previous_significant"];
	        this.year_ago = source["year_ago"];
	        this.year_ago_delta = source["year_ago_delta"];
	        this.year_ago_significant = source["year_ago_significant"];
	        this.previous_p = source["previous_p"];
	        this.previous_q = source["previous_q"];
	        this.year_ago_p = source["year_ago_p"];
	        this.year_ago_q = source["year_ago_q"];
	        this.previous_withheld = source["previous_withheld"];
	        this.year_ago_same_span = source["year_ago_same_span"];
	        this.year_ago_from = source["year_ago_from"];
	        this.year_ago_to = source["year_ago_to"];
	        this.year_ago_withheld = source["year_ago_withheld"];
	        this.rank = source["rank"];
	        this.status = source["status"];
	    }
	}

}

export namespace read {
	
	export class Problem {
	    file: string;
	    row: number;
	    column: string;
	    value: string;
	    raw: string;
	    code: string;
	    bg: string;
	    en: string;
	    kind?: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.value = source["value"];
	        this.raw = source["raw"];
	        this.code = source["code"];
	        this.bg = source["bg"];
	        this.en = source["en"];
	        this.kind = source["kind"];
	    }
	}
	export class SourceInfo {
	    format: string;
	    encoding?: string;
	    delimiter?: string;
	    sheet?: string;
	    sheetHidden?: boolean;
	    headerRow: number;
	
	    static createFrom(source: any = {}) {
	        return new SourceInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.delimiter = source["delimiter"];
	        this.sheet = source["sheet"];
	        this.sheetHidden = source["sheetHidden"];
	        this.headerRow = source["headerRow"];
	    }
	}

}

export namespace text {
	
	export class Name {
	    bg: string;
	    en: string;
	
	    static createFrom(source: any = {}) {
	        return new Name(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.bg = source["bg"];
	        this.en = source["en"];
	    }
	}

}

export namespace voice {
	
	export class Comment {
	    source: string;
	    date: string;
	    department: string;
	    rating?: number;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new Comment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.date = source["date"];
	        this.department = source["department"];
	        this.rating = source["rating"];
	        this.text = source["text"];
	    }
	}
	export class Proposal {
	    term: string;
	    words: string[];
	    shown: string;
	    low: number;
	    high: number;
	    z: number;
	
	    static createFrom(source: any = {}) {
	        return new Proposal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.term = source["term"];
	        this.words = source["words"];
	        this.shown = source["shown"];
	        this.low = source["low"];
	        this.high = source["high"];
	        this.z = source["z"];
	    }
	}
	export class ThemeCount {
	    id: string;
	    name: text.Name;
	    n: number;
	    share: number;
	    all: number;
	    allPct: number;
	    quotes: Comment[];
	    user: boolean;
	    change?: number;
	    changeSignificant?: boolean;
	    changeSameSpan: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ThemeCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = this.convertValues(source["name"], text.Name);
	        this.n = source["n"];
	        this.share = source["share"];
	        this.all = source["all"];
	        this.allPct = source["allPct"];
	        this.quotes = this.convertValues(source["quotes"], Comment);
	        this.user = source["user"];
	        this.change = source["change"];
	        this.changeSignificant = source["changeSignificant"];
	        this.changeSameSpan = source["changeSameSpan"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Summary {
	    comments: number;
	    allComments: number;
	    themes: ThemeCount[];
	    proposals: Proposal[];
	    proposalsScope: string;
	
	    static createFrom(source: any = {}) {
	        return new Summary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.comments = source["comments"];
	        this.allComments = source["allComments"];
	        this.themes = this.convertValues(source["themes"], ThemeCount);
	        this.proposals = this.convertValues(source["proposals"], Proposal);
	        this.proposalsScope = source["proposalsScope"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

