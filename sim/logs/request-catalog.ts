// The requests each demo service answers, as (method, path, controller#action, format), so
// generated logs read like the real apps: students open courses, teachers grade, payments post
// webhooks. Unknown services get a generic set.

export interface Endpoint {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** `:id` is replaced by a number. */
  path: string;
  action: string;
  format: "HTML" | "JSON" | "PDF";
  /** Relative frequency. */
  weight: number;
}

const e = (method: Endpoint["method"], path: string, action: string, format: Endpoint["format"] = "HTML", weight = 1): Endpoint => ({ method, path, action, format, weight });

const CATALOG: Record<string, Endpoint[]> = {
  learn: [
    e("GET", "/courses/:id", "CoursesController#show", "HTML", 5), e("GET", "/courses", "CoursesController#index", "HTML", 2),
    e("GET", "/lessons/:id", "LessonsController#show", "HTML", 6), e("POST", "/lessons/:id/progress", "ProgressController#create", "JSON", 4),
    e("GET", "/dashboard", "DashboardController#show", "HTML", 3), e("GET", "/quizzes/:id", "QuizzesController#show", "HTML", 2),
    e("POST", "/quizzes/:id/answers", "AnswersController#create", "JSON", 2),
  ],
  link: [
    e("GET", "/classrooms/:id", "ClassroomsController#show", "HTML", 4), e("GET", "/classrooms/:id/assignments", "AssignmentsController#index", "HTML", 3),
    e("POST", "/assignments/:id/grades", "GradesController#create", "JSON", 3), e("GET", "/reports/:id", "ReportsController#show", "PDF", 1),
    e("PATCH", "/assignments/:id", "AssignmentsController#update", "JSON", 1),
  ],
  "video-payment": [
    e("POST", "/payments", "PaymentsController#create", "JSON", 4), e("GET", "/payments/:id", "PaymentsController#show", "JSON", 3),
    e("POST", "/webhooks/stripe", "WebhooksController#stripe", "JSON", 3), e("GET", "/checkout/:id", "CheckoutsController#show", "HTML", 2),
  ],
  billing: [
    e("GET", "/invoices/:id", "InvoicesController#show", "JSON", 4), e("GET", "/invoices/:id", "InvoicesController#show", "PDF", 1),
    e("POST", "/subscriptions", "SubscriptionsController#create", "JSON", 2), e("GET", "/accounts/:id/balance", "BalancesController#show", "JSON", 3),
  ],
  backoffice: [
    e("GET", "/admin/users", "Admin::UsersController#index", "HTML", 3), e("GET", "/admin/users/:id", "Admin::UsersController#show", "HTML", 3),
    e("PATCH", "/admin/courses/:id", "Admin::CoursesController#update", "HTML", 1), e("GET", "/admin/reports", "Admin::ReportsController#index", "HTML", 1),
  ],
};

const GENERIC = [e("GET", "/", "HomeController#index", "HTML", 3), e("GET", "/items/:id", "ItemsController#show", "JSON", 4), e("POST", "/items", "ItemsController#create", "JSON", 2)];

/** nginx's path prefix per upstream service (the seed's reverse-proxy routes). */
export const NGINX_PREFIXES: Array<[string, string]> = [["/learn", "learn"], ["/link", "link"], ["/payments", "video-payment"], ["/billing", "billing"], ["/backoffice", "backoffice"]];

export function endpointsOf(service: string): Endpoint[] {
  return CATALOG[service] ?? GENERIC;
}

/** Weighted choice by a unit number. */
export function chooseEndpoint(endpoints: Endpoint[], unit: number): Endpoint {
  const total = endpoints.reduce((sum, x) => sum + x.weight, 0);
  let left = unit * total;
  for (const x of endpoints) {
    left -= x.weight;
    if (left < 0) return x;
  }
  return endpoints[endpoints.length - 1]!;
}

export interface Outcome {
  status: number;
  text: string;
}

/** Mostly successes; a few redirects, client errors and the odd 500. */
export function outcomeOf(endpoint: Endpoint, unit: number): Outcome {
  if (unit < 0.006) return { status: 500, text: "Internal Server Error" };
  if (unit < 0.03) return { status: 404, text: "Not Found" };
  if (endpoint.method !== "GET" && unit < 0.06) return { status: 422, text: "Unprocessable Content" };
  if (endpoint.method !== "GET" && endpoint.format === "HTML") return { status: 302, text: "Found" };
  if (endpoint.method === "POST" && endpoint.format === "JSON") return { status: 201, text: "Created" };
  return { status: 200, text: "OK" };
}
