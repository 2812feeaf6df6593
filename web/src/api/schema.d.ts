// Generated from /api/openapi.json by test/web-api-types.test.ts (run it with -u to update). Do not edit.

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server and its database answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            database: "pglite" | "postgresql";
                            version: string;
                            migrations: {
                                applied: number;
                                latest: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                username: string;
                                displayName: string;
                                language: "en" | "ar" | "ru";
                                isAdmin: boolean;
                            };
                            csrfToken: string;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller and their memberships */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                username: string;
                                displayName: string;
                                language: "en" | "ar" | "ru";
                                isAdmin: boolean;
                            };
                            via: "session" | "token";
                            /** @description the session's CSRF token (session only), so a reloaded page can keep writing */
                            csrfToken?: string;
                            memberships: {
                                /** Format: uuid */
                                theatreId: string;
                                theatreCode: string;
                                theatreName: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                actorKind: string;
                                role: string;
                                /** Format: uuid */
                                memberId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                            displayName: string;
                            language: "en" | "ar" | "ru";
                            isAdmin: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (instance administrators); anyone signed in may look one up by exact ?username= */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                username: string;
                                displayName: string;
                                language: "en" | "ar" | "ru";
                                isAdmin: boolean;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user (instance administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description letters, digits, dot, dash, underscore */
                        username: string;
                        password: string;
                        displayName: string;
                        language?: "en" | "ar" | "ru";
                        /** @description an instance administrator */
                        isAdmin?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                            displayName: string;
                            language: "en" | "ar" | "ru";
                            isAdmin: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user (instance administrators, or yourself) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                            displayName: string;
                            language: "en" | "ar" | "ru";
                            isAdmin: boolean;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The theatres the caller is a member of (all, for instance administrators) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                code: string;
                                name: string;
                                timezone: string;
                                /** @description [west, south, east, north] in degrees (WGS 84) */
                                bbox: [
                                    number,
                                    number,
                                    number,
                                    number
                                ];
                                policy: {
                                    [key: string]: unknown;
                                };
                                published: boolean;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a theatre (instance administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description short code used in references, e.g. SY */
                        code: string;
                        name: string;
                        /** @description IANA timezone, e.g. Asia/Damascus */
                        timezone: string;
                        /** @description [west, south, east, north] in degrees (WGS 84) */
                        bbox: [
                            number,
                            number,
                            number,
                            number
                        ];
                        policy?: {
                            acknowledgementHours?: {
                                /** @description hours a party has to acknowledge a site */
                                site?: number;
                                /** @description acknowledgements are due this many hours before a movement starts */
                                movement?: number;
                            };
                            /** @description default protection radius per site type, metres */
                            protectionRadiusM?: {
                                hospital?: number;
                                clinic?: number;
                                school?: number;
                                warehouse?: number;
                                office?: number;
                                camp?: number;
                                water_station?: number;
                                bakery?: number;
                                crossing?: number;
                            };
                            /** @description parties asked to acknowledge every movement wherever it goes (e.g. air forces operating theatre-wide) */
                            theatreWideParties?: string[];
                            incidents?: {
                                /** @description hours an alleged party has to reply once asked */
                                replyHours?: number;
                                /** @description reports this close… */
                                duplicateDistanceM?: number;
                                /** @description …and this close in time, of one category, are likely duplicates */
                                duplicateHours?: number;
                                /** @description metres around the given location an imprecise location may be off by */
                                uncertaintyM?: {
                                    near?: number;
                                    district?: number;
                                    governorate?: number;
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            code: string;
                            name: string;
                            timezone: string;
                            /** @description [west, south, east, north] in degrees (WGS 84) */
                            bbox: [
                                number,
                                number,
                                number,
                                number
                            ];
                            policy: {
                                [key: string]: unknown;
                            };
                            published: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One theatre, by id or code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            code: string;
                            name: string;
                            timezone: string;
                            /** @description [west, south, east, north] in degrees (WGS 84) */
                            bbox: [
                                number,
                                number,
                                number,
                                number
                            ];
                            policy: {
                                [key: string]: unknown;
                            };
                            published: boolean;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a theatre's settings (its coordinator admins) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        /** @description IANA timezone, e.g. Asia/Damascus */
                        timezone?: string;
                        /** @description [west, south, east, north] in degrees (WGS 84) */
                        bbox?: [
                            number,
                            number,
                            number,
                            number
                        ];
                        policy?: {
                            acknowledgementHours?: {
                                /** @description hours a party has to acknowledge a site */
                                site?: number;
                                /** @description acknowledgements are due this many hours before a movement starts */
                                movement?: number;
                            };
                            /** @description default protection radius per site type, metres */
                            protectionRadiusM?: {
                                hospital?: number;
                                clinic?: number;
                                school?: number;
                                warehouse?: number;
                                office?: number;
                                camp?: number;
                                water_station?: number;
                                bakery?: number;
                                crossing?: number;
                            };
                            /** @description parties asked to acknowledge every movement wherever it goes (e.g. air forces operating theatre-wide) */
                            theatreWideParties?: string[];
                            incidents?: {
                                /** @description hours an alleged party has to reply once asked */
                                replyHours?: number;
                                /** @description reports this close… */
                                duplicateDistanceM?: number;
                                /** @description …and this close in time, of one category, are likely duplicates */
                                duplicateHours?: number;
                                /** @description metres around the given location an imprecise location may be off by */
                                uncertaintyM?: {
                                    near?: number;
                                    district?: number;
                                    governorate?: number;
                                };
                            };
                        };
                        /** @description whether the public feed shows what this theatre publishes */
                        published?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            code: string;
                            name: string;
                            timezone: string;
                            /** @description [west, south, east, north] in degrees (WGS 84) */
                            bbox: [
                                number,
                                number,
                                number,
                                number
                            ];
                            policy: {
                                [key: string]: unknown;
                            };
                            published: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The theatre's actors */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    /** @description the actor's role in the theatre */
                    kind?: "coordinator" | "party" | "organisation" | "monitor";
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** @description the actor's role in the theatre */
                                kind: "coordinator" | "party" | "organisation" | "monitor";
                                name: string;
                                shortName: string;
                                aliases: string[];
                                colour: string | null;
                                publicKey: string | null;
                                publicKeyId: string | null;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an actor (the theatre's coordinator admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the actor's role in the theatre */
                        kind: "coordinator" | "party" | "organisation" | "monitor";
                        name: string;
                        shortName: string;
                        aliases?: string[];
                        /** @description map colour, #RRGGBB */
                        colour?: string;
                        /** @description the actor's own Ed25519 public key (SPKI PEM), for signing acknowledgements */
                        publicKey?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** @description the actor's role in the theatre */
                            kind: "coordinator" | "party" | "organisation" | "monitor";
                            name: string;
                            shortName: string;
                            aliases: string[];
                            colour: string | null;
                            publicKey: string | null;
                            publicKeyId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One actor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** @description the actor's role in the theatre */
                            kind: "coordinator" | "party" | "organisation" | "monitor";
                            name: string;
                            shortName: string;
                            aliases: string[];
                            colour: string | null;
                            publicKey: string | null;
                            publicKeyId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an actor (its admins, or the coordinator's) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        shortName?: string;
                        aliases?: string[];
                        colour?: string | null;
                        publicKey?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** @description the actor's role in the theatre */
                            kind: "coordinator" | "party" | "organisation" | "monitor";
                            name: string;
                            shortName: string;
                            aliases: string[];
                            colour: string | null;
                            publicKey: string | null;
                            publicKeyId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members the caller may see: all for coordinators, their own actors' otherwise */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    actorId?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                userId: string;
                                username: string;
                                displayName: string;
                                /** Format: uuid */
                                actorId: string;
                                role: "admin" | "editor" | "viewer";
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Make a user a member of an actor (the actor's admins, or the coordinator's) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        /** Format: uuid */
                        actorId: string;
                        role: "admin" | "editor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            userId: string;
                            username: string;
                            displayName: string;
                            /** Format: uuid */
                            actorId: string;
                            role: "admin" | "editor" | "viewer";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            userId: string;
                            username: string;
                            displayName: string;
                            /** Format: uuid */
                            actorId: string;
                            role: "admin" | "editor" | "viewer";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** End a membership */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a member's role */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        role: "admin" | "editor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            userId: string;
                            username: string;
                            displayName: string;
                            /** Format: uuid */
                            actorId: string;
                            role: "admin" | "editor" | "viewer";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tokens, and those of the actors you administer */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                userId: string;
                                /** Format: uuid */
                                actorId: string;
                                name: string;
                                role: "admin" | "editor" | "viewer";
                                /** @description the first characters of the token, to tell tokens apart */
                                prefix: string;
                                lastUsedAt: string | null;
                                expiresAt: string | null;
                                revokedAt: string | null;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API token acting for one of your actors; the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        actorId: string;
                        /** @description what the token is for, e.g. "HQ liaison system" */
                        name: string;
                        role?: "admin" | "editor" | "viewer";
                        /** Format: date-time */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            userId: string;
                            /** Format: uuid */
                            actorId: string;
                            name: string;
                            role: "admin" | "editor" | "viewer";
                            /** @description the first characters of the token, to tell tokens apart */
                            prefix: string;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        } & {
                            /** @description the secret, shown this once */
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            userId: string;
                            /** Format: uuid */
                            actorId: string;
                            name: string;
                            role: "admin" | "editor" | "viewer";
                            /** @description the first characters of the token, to tell tokens apart */
                            prefix: string;
                            lastUsedAt: string | null;
                            expiresAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signing-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server's Ed25519 public key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            keyId: string;
                            publicKey: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger entries the caller may see, in seq order; `next` is the seq to pass as `after` */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description entries after this seq */
                    after?: number;
                    /** @description entries about this record, and those recording one change to many records that include it */
                    subject?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                /** Format: uuid */
                                theatre: string;
                                /** Format: date-time */
                                at: string;
                                actor: string | null;
                                user: string | null;
                                /** @description e.g. actor.create */
                                action: string;
                                /** @description the record the change is about. `id` is null when one entry records one change to many records of the kind: the conflict engine opens, supersedes and withdraws conflicts so, one entry per audience, listing them in `payload.conflicts` (`{id, ref, rule, severity, version}`) */
                                subject: {
                                    kind: string;
                                    id: string | null;
                                    ref?: string;
                                };
                                version: number | null;
                                payload: unknown;
                                prevHash: string;
                                /** @description sha256(prevHash ‖ canonical JSON of the entry), hex */
                                hash: string;
                                /** @description the server's Ed25519 signature of the hash bytes, base64 */
                                signature: string;
                                keyId: string;
                                partySignature?: string;
                            }[];
                            next: string | null;
                            head: {
                                seq: number;
                                hash: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/ledger/{seq}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed receipt of one entry */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    seq: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                seq: number;
                                /** Format: uuid */
                                theatre: string;
                                /** Format: date-time */
                                at: string;
                                actor: string | null;
                                user: string | null;
                                /** @description e.g. actor.create */
                                action: string;
                                /** @description the record the change is about. `id` is null when one entry records one change to many records of the kind: the conflict engine opens, supersedes and withdraws conflicts so, one entry per audience, listing them in `payload.conflicts` (`{id, ref, rule, severity, version}`) */
                                subject: {
                                    kind: string;
                                    id: string | null;
                                    ref?: string;
                                };
                                version: number | null;
                                payload: unknown;
                                prevHash: string;
                                /** @description sha256(prevHash ‖ canonical JSON of the entry), hex */
                                hash: string;
                                /** @description the server's Ed25519 signature of the hash bytes, base64 */
                                signature: string;
                                keyId: string;
                                partySignature?: string;
                            };
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            /** @description the server's public key (PEM) that verifies `signature` */
                            publicKey: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sites the caller may see */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    status?: "draft" | "notified" | "withdrawn";
                    organisation?: string;
                    /** @description west,south,east,north */
                    bbox?: string;
                    /** @description part of the reference or the name, in any case (SY-S-0001, bakery) */
                    q?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                ref: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                organisationId: string;
                                name: string;
                                type: "hospital" | "clinic" | "school" | "warehouse" | "office" | "camp" | "water_station" | "bakery" | "crossing";
                                geometry: {
                                    /** @enum {string} */
                                    type: "Point";
                                    /** @description [longitude, latitude] */
                                    coordinates: number[];
                                } | {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                };
                                mgrs: string | null;
                                protectionRadiusM: number;
                                shareWith: string[];
                                status: "draft" | "notified" | "withdrawn";
                                details: {
                                    address?: string;
                                    capacity?: number;
                                    contact?: string;
                                    notes?: string;
                                };
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** An organisation notifies a site; unless a draft, each party it is shared with is asked to acknowledge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        type: "hospital" | "clinic" | "school" | "warehouse" | "office" | "camp" | "water_station" | "bakery" | "crossing";
                        geometry: {
                            /** @enum {string} */
                            type: "Point";
                            /** @description [longitude, latitude] */
                            coordinates: number[];
                        } | {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | string;
                        protectionRadiusM?: number;
                        /** @description the parties told of the site (default: every party) */
                        shareWith?: string[];
                        /**
                         * @description keep it unnotified; notify later by PATCH status "notified"
                         * @enum {string}
                         */
                        status?: "draft";
                        /**
                         * Format: uuid
                         * @description the organisation notifying, when the caller belongs to several
                         */
                        organisationId?: string;
                        details?: {
                            address?: string;
                            capacity?: number;
                            contact?: string;
                            notes?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            type: "hospital" | "clinic" | "school" | "warehouse" | "office" | "camp" | "water_station" | "bakery" | "crossing";
                            geometry: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            };
                            mgrs: string | null;
                            protectionRadiusM: number;
                            shareWith: string[];
                            status: "draft" | "notified" | "withdrawn";
                            details: {
                                address?: string;
                                capacity?: number;
                                contact?: string;
                                notes?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/sites.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every site the caller may see, as one GeoJSON FeatureCollection (for maps; not paginated) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "notified" | "withdrawn";
                    /**
                     * @description the properties each feature carries, comma-separated (default: all of id, ref, name, type, status, organisationId, protectionRadiusM, version)
                     * @example id,ref,name,status
                     */
                    properties?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "FeatureCollection";
                            features: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description Unchanged: the ETag sent in If-None-Match is still current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/sites/tiles.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sites the caller may see as vector tiles (TileJSON): their address, with a version that changes with any site, and how many there are */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            tilejson: "3.0.0";
                            /** @description the tiles' address, {z}/{x}/{y} filled in by the map; relative to this document */
                            tiles: string[];
                            minzoom: number;
                            maxzoom: number;
                            vector_layers: {
                                id: string;
                                fields: {
                                    [key: string]: string;
                                };
                            }[];
                            /** @description changes whenever a site the caller may see does (and may when one they may not see does) */
                            version: string;
                            /** @description how many sites the caller may see */
                            count: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/sites/tiles/{z}/{x}/{y}.mvt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vector tile of the sites the caller may see: each site as a point, clustered up to zoom 11 */
        get: {
            parameters: {
                query?: {
                    /** @description the version tiles.json named */
                    v?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    z: number;
                    x: number;
                    y: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a Mapbox Vector Tile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.mapbox-vector-tile": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            type: "hospital" | "clinic" | "school" | "warehouse" | "office" | "camp" | "water_station" | "bakery" | "crossing";
                            geometry: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            };
                            mgrs: string | null;
                            protectionRadiusM: number;
                            shareWith: string[];
                            status: "draft" | "notified" | "withdrawn";
                            details: {
                                address?: string;
                                capacity?: number;
                                contact?: string;
                                notes?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** A new version of a site (notified again), or its withdrawal */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        type?: "hospital" | "clinic" | "school" | "warehouse" | "office" | "camp" | "water_station" | "bakery" | "crossing";
                        geometry?: {
                            /** @enum {string} */
                            type: "Point";
                            /** @description [longitude, latitude] */
                            coordinates: number[];
                        } | {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | string;
                        protectionRadiusM?: number;
                        /** @description the parties told of the site (default: every party) */
                        shareWith?: string[];
                        status?: "notified" | "withdrawn";
                        details?: {
                            address?: string;
                            capacity?: number;
                            contact?: string;
                            notes?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            type: "hospital" | "clinic" | "school" | "warehouse" | "office" | "camp" | "water_station" | "bakery" | "crossing";
                            geometry: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            };
                            mgrs: string | null;
                            protectionRadiusM: number;
                            shareWith: string[];
                            status: "draft" | "notified" | "withdrawn";
                            details: {
                                address?: string;
                                capacity?: number;
                                contact?: string;
                                notes?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Movements the caller may see; `from`/`to` select those whose window meets that period */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    status?: "draft" | "notified" | "cleared" | "underway" | "completed" | "aborted";
                    organisation?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                ref: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                organisationId: string;
                                name: string;
                                route: {
                                    /** @enum {string} */
                                    type: "LineString";
                                    coordinates: number[][];
                                };
                                start: {
                                    coordinates: number[];
                                    mgrs: string | null;
                                };
                                end: {
                                    coordinates: number[];
                                    mgrs: string | null;
                                };
                                lengthM: number;
                                bufferM: number;
                                window: {
                                    /** Format: date-time */
                                    start: string;
                                    /** Format: date-time */
                                    end: string;
                                };
                                vehicles: {
                                    count: number;
                                    plates?: string[];
                                    /** @description e.g. "white, UN and WFP flags" */
                                    markings?: string;
                                } | null;
                                personnel: number | null;
                                cargo: string | null;
                                shareWith: string[];
                                /** @description the parties whose acknowledgement clears this version */
                                requiredParties: string[];
                                status: "draft" | "notified" | "cleared" | "underway" | "completed" | "aborted";
                                clearance: null | {
                                    by: "acknowledgements" | "override";
                                    /** Format: date-time */
                                    at: string;
                                    reason?: string;
                                    /** Format: uuid */
                                    user?: string;
                                };
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** An organisation notifies a movement; the parties that must know are asked to acknowledge */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        route: {
                            /** @enum {string} */
                            type: "LineString";
                            coordinates: number[][];
                        };
                        /** @description the corridor around the route to keep clear (default 500 m) */
                        bufferM?: number;
                        window: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                        };
                        vehicles?: {
                            count: number;
                            plates?: string[];
                            /** @description e.g. "white, UN and WFP flags" */
                            markings?: string;
                        };
                        personnel?: number;
                        cargo?: string;
                        shareWith?: string[];
                        /** @enum {string} */
                        status?: "draft";
                        /** Format: uuid */
                        organisationId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            route: {
                                /** @enum {string} */
                                type: "LineString";
                                coordinates: number[][];
                            };
                            start: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            end: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            lengthM: number;
                            bufferM: number;
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            vehicles: {
                                count: number;
                                plates?: string[];
                                /** @description e.g. "white, UN and WFP flags" */
                                markings?: string;
                            } | null;
                            personnel: number | null;
                            cargo: string | null;
                            shareWith: string[];
                            /** @description the parties whose acknowledgement clears this version */
                            requiredParties: string[];
                            status: "draft" | "notified" | "cleared" | "underway" | "completed" | "aborted";
                            clearance: null | {
                                by: "acknowledgements" | "override";
                                /** Format: date-time */
                                at: string;
                                reason?: string;
                                /** Format: uuid */
                                user?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/movements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One movement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            route: {
                                /** @enum {string} */
                                type: "LineString";
                                coordinates: number[][];
                            };
                            start: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            end: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            lengthM: number;
                            bufferM: number;
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            vehicles: {
                                count: number;
                                plates?: string[];
                                /** @description e.g. "white, UN and WFP flags" */
                                markings?: string;
                            } | null;
                            personnel: number | null;
                            cargo: string | null;
                            shareWith: string[];
                            /** @description the parties whose acknowledgement clears this version */
                            requiredParties: string[];
                            status: "draft" | "notified" | "cleared" | "underway" | "completed" | "aborted";
                            clearance: null | {
                                by: "acknowledgements" | "override";
                                /** Format: date-time */
                                at: string;
                                reason?: string;
                                /** Format: uuid */
                                user?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** A new version of a movement, notified again (or a draft notified) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        route?: {
                            /** @enum {string} */
                            type: "LineString";
                            coordinates: number[][];
                        };
                        bufferM?: number;
                        window?: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                        };
                        vehicles?: {
                            count: number;
                            plates?: string[];
                            /** @description e.g. "white, UN and WFP flags" */
                            markings?: string;
                        };
                        personnel?: number;
                        cargo?: string;
                        shareWith?: string[];
                        /**
                         * @description notify a draft
                         * @enum {string}
                         */
                        status?: "notified";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            route: {
                                /** @enum {string} */
                                type: "LineString";
                                coordinates: number[][];
                            };
                            start: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            end: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            lengthM: number;
                            bufferM: number;
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            vehicles: {
                                count: number;
                                plates?: string[];
                                /** @description e.g. "white, UN and WFP flags" */
                                markings?: string;
                            } | null;
                            personnel: number | null;
                            cargo: string | null;
                            shareWith: string[];
                            /** @description the parties whose acknowledgement clears this version */
                            requiredParties: string[];
                            status: "draft" | "notified" | "cleared" | "underway" | "completed" | "aborted";
                            clearance: null | {
                                by: "acknowledgements" | "override";
                                /** Format: date-time */
                                at: string;
                                reason?: string;
                                /** Format: uuid */
                                user?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/movements/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organisation reports the movement underway, completed or aborted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        status: "underway" | "completed" | "aborted";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            route: {
                                /** @enum {string} */
                                type: "LineString";
                                coordinates: number[][];
                            };
                            start: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            end: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            lengthM: number;
                            bufferM: number;
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            vehicles: {
                                count: number;
                                plates?: string[];
                                /** @description e.g. "white, UN and WFP flags" */
                                markings?: string;
                            } | null;
                            personnel: number | null;
                            cargo: string | null;
                            shareWith: string[];
                            /** @description the parties whose acknowledgement clears this version */
                            requiredParties: string[];
                            status: "draft" | "notified" | "cleared" | "underway" | "completed" | "aborted";
                            clearance: null | {
                                by: "acknowledgements" | "override";
                                /** Format: date-time */
                                at: string;
                                reason?: string;
                                /** Format: uuid */
                                user?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/movements/{id}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A coordinator clears a notified movement without every acknowledgement, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            organisationId: string;
                            name: string;
                            route: {
                                /** @enum {string} */
                                type: "LineString";
                                coordinates: number[][];
                            };
                            start: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            end: {
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            lengthM: number;
                            bufferM: number;
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            vehicles: {
                                count: number;
                                plates?: string[];
                                /** @description e.g. "white, UN and WFP flags" */
                                markings?: string;
                            } | null;
                            personnel: number | null;
                            cargo: string | null;
                            shareWith: string[];
                            /** @description the parties whose acknowledgement clears this version */
                            requiredParties: string[];
                            status: "draft" | "notified" | "cleared" | "underway" | "completed" | "aborted";
                            clearance: null | {
                                by: "acknowledgements" | "override";
                                /** Format: date-time */
                                at: string;
                                reason?: string;
                                /** Format: uuid */
                                user?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acknowledgements the caller may see; `?state=pending` is a party's inbox */
        get: {
            parameters: {
                query?: {
                    state?: "pending" | "acknowledged" | "objected" | "expired" | "superseded";
                    subject?: string;
                    party?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                subject: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    version: number;
                                    name: string;
                                };
                                /** Format: uuid */
                                owner: string;
                                /** Format: uuid */
                                party: string;
                                /** Format: date-time */
                                deadline: string;
                                state: "pending" | "acknowledged" | "objected" | "expired" | "superseded";
                                reason: string | null;
                                partySignature: string | null;
                                answeredBy: string | null;
                                answeredAt: string | null;
                                ledgerSeq: number | null;
                                /** @description what a party signs with its own key: truce:acknowledgement:<id>:<subject ref>:v<version> */
                                statement: string;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/acknowledgements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One acknowledgement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            subject: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string;
                                version: number;
                                name: string;
                            };
                            /** Format: uuid */
                            owner: string;
                            /** Format: uuid */
                            party: string;
                            /** Format: date-time */
                            deadline: string;
                            state: "pending" | "acknowledged" | "objected" | "expired" | "superseded";
                            reason: string | null;
                            partySignature: string | null;
                            answeredBy: string | null;
                            answeredAt: string | null;
                            ledgerSeq: number | null;
                            /** @description what a party signs with its own key: truce:acknowledgement:<id>:<subject ref>:v<version> */
                            statement: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/acknowledgements/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The party asked acknowledges; answers with the signed ledger receipt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description base64 Ed25519 signature of `statement` by the party's registered key */
                        signature?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgement: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                subject: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    version: number;
                                    name: string;
                                };
                                /** Format: uuid */
                                owner: string;
                                /** Format: uuid */
                                party: string;
                                /** Format: date-time */
                                deadline: string;
                                state: "pending" | "acknowledged" | "objected" | "expired" | "superseded";
                                reason: string | null;
                                partySignature: string | null;
                                answeredBy: string | null;
                                answeredAt: string | null;
                                ledgerSeq: number | null;
                                /** @description what a party signs with its own key: truce:acknowledgement:<id>:<subject ref>:v<version> */
                                statement: string;
                            };
                            receipt: {
                                entry: {
                                    seq: number;
                                    /** Format: uuid */
                                    theatre: string;
                                    /** Format: date-time */
                                    at: string;
                                    actor: string | null;
                                    user: string | null;
                                    /** @description e.g. actor.create */
                                    action: string;
                                    /** @description the record the change is about. `id` is null when one entry records one change to many records of the kind: the conflict engine opens, supersedes and withdraws conflicts so, one entry per audience, listing them in `payload.conflicts` (`{id, ref, rule, severity, version}`) */
                                    subject: {
                                        kind: string;
                                        id: string | null;
                                        ref?: string;
                                    };
                                    version: number | null;
                                    payload: unknown;
                                    prevHash: string;
                                    /** @description sha256(prevHash ‖ canonical JSON of the entry), hex */
                                    hash: string;
                                    /** @description the server's Ed25519 signature of the hash bytes, base64 */
                                    signature: string;
                                    keyId: string;
                                    partySignature?: string;
                                };
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                publicKey: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/acknowledgements/{id}/object": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The party asked objects, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgement: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                subject: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    version: number;
                                    name: string;
                                };
                                /** Format: uuid */
                                owner: string;
                                /** Format: uuid */
                                party: string;
                                /** Format: date-time */
                                deadline: string;
                                state: "pending" | "acknowledged" | "objected" | "expired" | "superseded";
                                reason: string | null;
                                partySignature: string | null;
                                answeredBy: string | null;
                                answeredAt: string | null;
                                ledgerSeq: number | null;
                                /** @description what a party signs with its own key: truce:acknowledgement:<id>:<subject ref>:v<version> */
                                statement: string;
                            };
                            receipt: {
                                entry: {
                                    seq: number;
                                    /** Format: uuid */
                                    theatre: string;
                                    /** Format: date-time */
                                    at: string;
                                    actor: string | null;
                                    user: string | null;
                                    /** @description e.g. actor.create */
                                    action: string;
                                    /** @description the record the change is about. `id` is null when one entry records one change to many records of the kind: the conflict engine opens, supersedes and withdraws conflicts so, one entry per audience, listing them in `payload.conflicts` (`{id, ref, rule, severity, version}`) */
                                    subject: {
                                        kind: string;
                                        id: string | null;
                                        ref?: string;
                                    };
                                    version: number | null;
                                    payload: unknown;
                                    prevHash: string;
                                    /** @description sha256(prevHash ‖ canonical JSON of the entry), hex */
                                    hash: string;
                                    /** @description the server's Ed25519 signature of the hash bytes, base64 */
                                    signature: string;
                                    keyId: string;
                                    partySignature?: string;
                                };
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                publicKey: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's party's activities (every party's, for coordinators) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    status?: "declared" | "cancelled";
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                ref: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                partyId: string;
                                kind: "air" | "artillery" | "ground" | "demining" | "naval" | "other";
                                geometry: {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                } | {
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                };
                                window: {
                                    /** Format: date-time */
                                    start: string;
                                    /** Format: date-time */
                                    end: string;
                                };
                                awareOf: {
                                    ref: string;
                                    version: number;
                                }[];
                                note: string | null;
                                status: "declared" | "cancelled";
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** A party declares an activity (confidential); 409 with `missing` when it must first acknowledge what it meets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        partyId?: string;
                        kind: "air" | "artillery" | "ground" | "demining" | "naval" | "other";
                        geometry: {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        };
                        window: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                        };
                        /** @description every site and movement shared with the party that the activity meets, at its current version (known-before-acting) */
                        awareOf: {
                            ref: string;
                            version: number;
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            partyId: string;
                            kind: "air" | "artillery" | "ground" | "demining" | "naval" | "other";
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            awareOf: {
                                ref: string;
                                version: number;
                            }[];
                            note: string | null;
                            status: "declared" | "cancelled";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            partyId: string;
                            kind: "air" | "artillery" | "ground" | "demining" | "naval" | "other";
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            awareOf: {
                                ref: string;
                                version: number;
                            }[];
                            note: string | null;
                            status: "declared" | "cancelled";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** A new version of an activity; known-before-acting applies again */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        kind?: "air" | "artillery" | "ground" | "demining" | "naval" | "other";
                        geometry?: {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        };
                        window?: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                        };
                        /** @description every site and movement shared with the party that the activity meets, at its current version (known-before-acting) */
                        awareOf: {
                            ref: string;
                            version: number;
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            partyId: string;
                            kind: "air" | "artillery" | "ground" | "demining" | "naval" | "other";
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            awareOf: {
                                ref: string;
                                version: number;
                            }[];
                            note: string | null;
                            status: "declared" | "cancelled";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/activities/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an activity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            partyId: string;
                            kind: "air" | "artillery" | "ground" | "demining" | "naval" | "other";
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            window: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            awareOf: {
                                ref: string;
                                version: number;
                            }[];
                            note: string | null;
                            status: "declared" | "cancelled";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each conflict the caller has a side in, as that side may see it (everything, for coordinators) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    status?: "open" | "acknowledged" | "resolved" | "accepted" | "superseded" | "withdrawn";
                    subject?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                ref: string;
                                /** @description activity_site | activity_movement | activity_zone | activity_activity | movement_zone */
                                rule: string;
                                /** @description critical | high | medium */
                                severity: string;
                                status: "open" | "acknowledged" | "resolved" | "accepted" | "superseded" | "withdrawn";
                                note: string | null;
                                /** @description when the two overlap: [start, end] pairs */
                                during: (string | null)[][];
                                /** @description where they overlap (GeoJSON), when the viewer may know */
                                area: {
                                    [key: string]: unknown;
                                } | null;
                                zone: null | {
                                    /** Format: uuid */
                                    id: string;
                                    name: string | null;
                                    kind: string | null;
                                    agreementId: string | null;
                                    agreementName: string | null;
                                };
                                a?: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string | null;
                                    version: number;
                                    name?: string;
                                    owner?: string | null;
                                };
                                b?: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string | null;
                                    version: number;
                                    name?: string;
                                    owner?: string | null;
                                };
                                yours?: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string | null;
                                    version: number;
                                    name?: string;
                                    owner?: string | null;
                                };
                                other?: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string | null;
                                    version: number;
                                    name?: string;
                                    owner?: string | null;
                                } | null;
                                resolvedBy?: string | null;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/conflicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One conflict, the caller's side of it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            ref: string;
                            /** @description activity_site | activity_movement | activity_zone | activity_activity | movement_zone */
                            rule: string;
                            /** @description critical | high | medium */
                            severity: string;
                            status: "open" | "acknowledged" | "resolved" | "accepted" | "superseded" | "withdrawn";
                            note: string | null;
                            /** @description when the two overlap: [start, end] pairs */
                            during: (string | null)[][];
                            /** @description where they overlap (GeoJSON), when the viewer may know */
                            area: {
                                [key: string]: unknown;
                            } | null;
                            zone: null | {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                                kind: string | null;
                                agreementId: string | null;
                                agreementName: string | null;
                            };
                            a?: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string | null;
                                version: number;
                                name?: string;
                                owner?: string | null;
                            };
                            b?: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string | null;
                                version: number;
                                name?: string;
                                owner?: string | null;
                            };
                            yours?: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string | null;
                                version: number;
                                name?: string;
                                owner?: string | null;
                            };
                            other?: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string | null;
                                version: number;
                                name?: string;
                                owner?: string | null;
                            } | null;
                            resolvedBy?: string | null;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/conflicts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The coordinator acknowledges, resolves or accepts a conflict, with a note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: "acknowledged" | "resolved" | "accepted";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            ref: string;
                            /** @description activity_site | activity_movement | activity_zone | activity_activity | movement_zone */
                            rule: string;
                            /** @description critical | high | medium */
                            severity: string;
                            status: "open" | "acknowledged" | "resolved" | "accepted" | "superseded" | "withdrawn";
                            note: string | null;
                            /** @description when the two overlap: [start, end] pairs */
                            during: (string | null)[][];
                            /** @description where they overlap (GeoJSON), when the viewer may know */
                            area: {
                                [key: string]: unknown;
                            } | null;
                            zone: null | {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                                kind: string | null;
                                agreementId: string | null;
                                agreementName: string | null;
                            };
                            a?: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string | null;
                                version: number;
                                name?: string;
                                owner?: string | null;
                            };
                            b?: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string | null;
                                version: number;
                                name?: string;
                                owner?: string | null;
                            };
                            yours?: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string | null;
                                version: number;
                                name?: string;
                                owner?: string | null;
                            };
                            other?: {
                                kind: string;
                                /** Format: uuid */
                                id: string;
                                ref: string | null;
                                version: number;
                                name?: string;
                                owner?: string | null;
                            } | null;
                            resolvedBy?: string | null;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-Sent Events: the ledger entries you may see, live
         * @description Each entry is an event `id: <seq>`, `event: <action>`, `data: <the signed entry as JSON>`. Reconnecting with Last-Event-ID (or `?after=<seq>`) first replays what came since, with no gap and no repeat. A comment line every 15 s keeps the connection open. Access is checked again every minute: a member who has left, signed out or whose token was revoked is cut off.
         */
        get: {
            parameters: {
                query?: {
                    /** @description replay the entries after this seq first (Last-Event-ID takes precedence) */
                    after?: number;
                };
                header?: {
                    /** @description the id of the last event received */
                    "last-event-id"?: number;
                };
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description an endless text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhooks of the actors you administer */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    actorId?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                actorId: string;
                                url: string;
                                description: string | null;
                                events: string[];
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a webhook for an actor (its admins); the signing secret is shown once
         * @description Each ledger entry the actor may see (and whose action starts with one of `events`) is POSTed as JSON `{id, theatre, seq, action, entry}` with `X-Truce-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`, `X-Truce-Event: <action>` and `X-Truce-Delivery: <delivery id>`. A 2xx answer within 10 s delivers it; anything else is retried after 10 s, 30 s, 2 min, 10 min, 1 h, 2 h, 4 h, 8 h and 12 h thrice, then the delivery fails. Delivery is at least once and not necessarily in order: use `seq` and the delivery id.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        actorId: string;
                        /** @description an http or https URL that receives a POST per ledger entry */
                        url: string;
                        description?: string;
                        /** @description action prefixes to deliver; absent or empty: every action */
                        events?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            actorId: string;
                            url: string;
                            description: string | null;
                            events: string[];
                        } & {
                            /** @description the HMAC-SHA256 key of X-Truce-Signature (its UTF-8 bytes), shown this once */
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook (without its secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            actorId: string;
                            url: string;
                            description: string | null;
                            events: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a webhook, its pending deliveries and its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook's deliveries, newest first, with each attempt */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    status?: "pending" | "delivered" | "failed";
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                webhookId: string;
                                /** @description the ledger entry delivered */
                                seq: number;
                                action: string;
                                status: "pending" | "delivered" | "failed";
                                attempts: number;
                                /** @description of the last attempt */
                                responseCode: number | null;
                                lastError: string | null;
                                /** @description null once delivered or failed */
                                nextAttemptAt: string | null;
                                deliveredAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                attemptLog: {
                                    attempt: number;
                                    /** Format: date-time */
                                    at: string;
                                    responseCode: number | null;
                                    error: string | null;
                                    durationMs: number;
                                }[];
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The theatre's agreements, each with its current text and every signature */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    /** @description draft → in_force ⇄ suspended → ended; a draft may also end without entering force; ended is final */
                    status?: "draft" | "in_force" | "suspended" | "ended";
                    kind?: "ceasefire" | "cessation_of_hostilities" | "humanitarian_pause" | "deconfliction";
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                theatreId: string;
                                name: string;
                                kind: "ceasefire" | "cessation_of_hostilities" | "humanitarian_pause" | "deconfliction";
                                signatories: string[];
                                /** @description draft → in_force ⇄ suspended → ended; a draft may also end without entering force; ended is final */
                                status: "draft" | "in_force" | "suspended" | "ended";
                                statusReason: string | null;
                                statusChangedAt: string | null;
                                /** @description how many versions the text has had; the current one is number `versions` */
                                versions: number;
                                /** @description the current text */
                                text: string;
                                /** @description the structured terms, any JSON object */
                                terms: {
                                    [key: string]: unknown;
                                };
                                /** @description what a signatory signs for the current version: truce:agreement:<agreement id>:v<version>:<sha256 of the text as UTF-8, lowercase hex>:<sha256 of the terms as RFC 8785 canonical JSON, lowercase hex> */
                                statement: string;
                                /** @description every signature, on every version, by version */
                                signatures: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    version: number;
                                    /** Format: uuid */
                                    partyId: string;
                                    statement: string;
                                    /** @description null: the party has no key and signed by membership */
                                    signature: string | null;
                                    keyId: string | null;
                                    /** Format: uuid */
                                    signedBy: string;
                                    /** Format: date-time */
                                    signedAt: string;
                                }[];
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Draft an agreement (the coordinator's editors) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        kind: "ceasefire" | "cessation_of_hostilities" | "humanitarian_pause" | "deconfliction";
                        /** @description the signatory parties (actors of kind party) */
                        signatories?: string[];
                        /** @description the text, Markdown */
                        text: string;
                        /** @description the structured terms, any JSON object */
                        terms?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            name: string;
                            kind: "ceasefire" | "cessation_of_hostilities" | "humanitarian_pause" | "deconfliction";
                            signatories: string[];
                            /** @description draft → in_force ⇄ suspended → ended; a draft may also end without entering force; ended is final */
                            status: "draft" | "in_force" | "suspended" | "ended";
                            statusReason: string | null;
                            statusChangedAt: string | null;
                            /** @description how many versions the text has had; the current one is number `versions` */
                            versions: number;
                            /** @description the current text */
                            text: string;
                            /** @description the structured terms, any JSON object */
                            terms: {
                                [key: string]: unknown;
                            };
                            /** @description what a signatory signs for the current version: truce:agreement:<agreement id>:v<version>:<sha256 of the text as UTF-8, lowercase hex>:<sha256 of the terms as RFC 8785 canonical JSON, lowercase hex> */
                            statement: string;
                            /** @description every signature, on every version, by version */
                            signatures: {
                                /** Format: uuid */
                                agreementId: string;
                                version: number;
                                /** Format: uuid */
                                partyId: string;
                                statement: string;
                                /** @description null: the party has no key and signed by membership */
                                signature: string | null;
                                keyId: string | null;
                                /** Format: uuid */
                                signedBy: string;
                                /** Format: date-time */
                                signedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            name: string;
                            kind: "ceasefire" | "cessation_of_hostilities" | "humanitarian_pause" | "deconfliction";
                            signatories: string[];
                            /** @description draft → in_force ⇄ suspended → ended; a draft may also end without entering force; ended is final */
                            status: "draft" | "in_force" | "suspended" | "ended";
                            statusReason: string | null;
                            statusChangedAt: string | null;
                            /** @description how many versions the text has had; the current one is number `versions` */
                            versions: number;
                            /** @description the current text */
                            text: string;
                            /** @description the structured terms, any JSON object */
                            terms: {
                                [key: string]: unknown;
                            };
                            /** @description what a signatory signs for the current version: truce:agreement:<agreement id>:v<version>:<sha256 of the text as UTF-8, lowercase hex>:<sha256 of the terms as RFC 8785 canonical JSON, lowercase hex> */
                            statement: string;
                            /** @description every signature, on every version, by version */
                            signatures: {
                                /** Format: uuid */
                                agreementId: string;
                                version: number;
                                /** Format: uuid */
                                partyId: string;
                                statement: string;
                                /** @description null: the party has no key and signed by membership */
                                signature: string | null;
                                keyId: string | null;
                                /** Format: uuid */
                                signedBy: string;
                                /** Format: date-time */
                                signedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change or amend an agreement (the coordinator's editors)
         * @description A new `text` or new `terms` make a new version of the text (an amendment), which the signatories sign afresh.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the agreement record's current version */
                        version: number;
                        name?: string;
                        kind?: "ceasefire" | "cessation_of_hostilities" | "humanitarian_pause" | "deconfliction";
                        /** @description the signatory parties (actors of kind party) */
                        signatories?: string[];
                        /** @description the text, Markdown */
                        text?: string;
                        /** @description the structured terms, any JSON object */
                        terms?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            name: string;
                            kind: "ceasefire" | "cessation_of_hostilities" | "humanitarian_pause" | "deconfliction";
                            signatories: string[];
                            /** @description draft → in_force ⇄ suspended → ended; a draft may also end without entering force; ended is final */
                            status: "draft" | "in_force" | "suspended" | "ended";
                            statusReason: string | null;
                            statusChangedAt: string | null;
                            /** @description how many versions the text has had; the current one is number `versions` */
                            versions: number;
                            /** @description the current text */
                            text: string;
                            /** @description the structured terms, any JSON object */
                            terms: {
                                [key: string]: unknown;
                            };
                            /** @description what a signatory signs for the current version: truce:agreement:<agreement id>:v<version>:<sha256 of the text as UTF-8, lowercase hex>:<sha256 of the terms as RFC 8785 canonical JSON, lowercase hex> */
                            statement: string;
                            /** @description every signature, on every version, by version */
                            signatures: {
                                /** Format: uuid */
                                agreementId: string;
                                version: number;
                                /** Format: uuid */
                                partyId: string;
                                statement: string;
                                /** @description null: the party has no key and signed by membership */
                                signature: string | null;
                                keyId: string | null;
                                /** Format: uuid */
                                signedBy: string;
                                /** Format: date-time */
                                signedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/agreements/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an agreement to another status, with the reason (the coordinator's editors)
         * @description Its zones apply (are deconflicted against activities and movements) exactly while it is in_force.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the agreement record's current version */
                        version: number;
                        /** @description draft → in_force ⇄ suspended → ended; a draft may also end without entering force; ended is final */
                        status: "draft" | "in_force" | "suspended" | "ended";
                        /** @description why: recorded with the change */
                        reason: string;
                        /**
                         * Format: date-time
                         * @description when the change took effect, if earlier than now (a cessation that began at sunset yesterday); not in the future, nor before the previous change
                         */
                        effectiveAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            name: string;
                            kind: "ceasefire" | "cessation_of_hostilities" | "humanitarian_pause" | "deconfliction";
                            signatories: string[];
                            /** @description draft → in_force ⇄ suspended → ended; a draft may also end without entering force; ended is final */
                            status: "draft" | "in_force" | "suspended" | "ended";
                            statusReason: string | null;
                            statusChangedAt: string | null;
                            /** @description how many versions the text has had; the current one is number `versions` */
                            versions: number;
                            /** @description the current text */
                            text: string;
                            /** @description the structured terms, any JSON object */
                            terms: {
                                [key: string]: unknown;
                            };
                            /** @description what a signatory signs for the current version: truce:agreement:<agreement id>:v<version>:<sha256 of the text as UTF-8, lowercase hex>:<sha256 of the terms as RFC 8785 canonical JSON, lowercase hex> */
                            statement: string;
                            /** @description every signature, on every version, by version */
                            signatures: {
                                /** Format: uuid */
                                agreementId: string;
                                version: number;
                                /** Format: uuid */
                                partyId: string;
                                statement: string;
                                /** @description null: the party has no key and signed by membership */
                                signature: string | null;
                                keyId: string | null;
                                /** Format: uuid */
                                signedBy: string;
                                /** Format: date-time */
                                signedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/agreements/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The history of the text: each version, its signing statement and its signatures */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                text: string;
                                /** @description the structured terms, any JSON object */
                                terms: {
                                    [key: string]: unknown;
                                };
                                statement: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                by: string;
                                signatures: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    version: number;
                                    /** Format: uuid */
                                    partyId: string;
                                    statement: string;
                                    /** @description null: the party has no key and signed by membership */
                                    signature: string | null;
                                    keyId: string | null;
                                    /** Format: uuid */
                                    signedBy: string;
                                    /** Format: date-time */
                                    signedAt: string;
                                }[];
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/agreements/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the current version for one's party (editors of a signatory party)
         * @description A party with a registered Ed25519 public key must send `signature`: the base64 Ed25519 signature of the UTF-8 statement truce:agreement:<agreement id>:v<version>:<sha256 of the text as UTF-8, lowercase hex>:<sha256 of the terms as RFC 8785 canonical JSON, lowercase hex>, exactly as the version's `statement` shows it. A party without a key signs by its membership alone.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version of the text being signed: the current one */
                        version: number;
                        /** @description base64 Ed25519 signature, by the party's registered key, of the UTF-8 statement truce:agreement:<agreement id>:v<version>:<sha256 of the text as UTF-8, lowercase hex>:<sha256 of the terms as RFC 8785 canonical JSON, lowercase hex> (each version's `statement`); required when the party has registered a public key, refused otherwise */
                        signature?: string;
                        /**
                         * Format: uuid
                         * @description the party signing, when the caller is an editor of several signatories
                         */
                        partyId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            agreementId: string;
                            version: number;
                            /** Format: uuid */
                            partyId: string;
                            statement: string;
                            /** @description null: the party has no key and signed by membership */
                            signature: string | null;
                            keyId: string | null;
                            /** Format: uuid */
                            signedBy: string;
                            /** Format: date-time */
                            signedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/agreements/{id}/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a zone to an agreement (the coordinator's editors)
         * @description While the agreement is in force the zone is checked against every activity and movement in its windows.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description ceasefire, pull_back (demilitarised), humanitarian_corridor, no_fly, exclusion */
                        kind: "ceasefire" | "pull_back" | "humanitarian_corridor" | "no_fly" | "exclusion";
                        /** @description the area (Polygon or MultiPolygon), or a corridor: a LineString with widthM */
                        geometry: {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        } | {
                            /** @enum {string} */
                            type: "LineString";
                            coordinates: number[][];
                        };
                        /** @description a LineString corridor’s full width in metres (required with a LineString, refused otherwise) */
                        widthM?: number;
                        /** @description activity kinds prohibited while the zone is in force. Default by kind: ceasefire air, artillery, ground, naval; pull_back and humanitarian_corridor air, artillery, ground; no_fly air; exclusion every kind */
                        prohibits?: ("air" | "artillery" | "ground" | "demining" | "naval" | "other")[];
                        /** @description whether humanitarian movements may not cross it (default: true for exclusion zones, false otherwise) */
                        closedToMovements?: boolean;
                        schedule: {
                            /** Format: date-time */
                            validFrom: string;
                            /** @description null or absent: until further notice */
                            validTo?: string | null;
                            /** @description recurring windows in the theatre's local time (its timezone, DST included), e.g. a daily 10:00–13:00 pause; absent: the whole validity. They are expanded into instants up to 366 days past the later of validFrom and the time the zone was written */
                            windows?: {
                                /** @description local weekdays (default: every day) */
                                days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                /** @description local time HH:MM */
                                start: string;
                                /** @description local time HH:MM, after start; '24:00' is midnight at the day's end */
                                end: string;
                            }[];
                        };
                        /** @description pull_back zones only: the parties that must withdraw, and how far */
                        withdrawal?: {
                            /** Format: uuid */
                            partyId: string;
                            /** @description how far from the zone, metres */
                            distanceM: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            agreementId: string;
                            name: string;
                            /** @description ceasefire, pull_back (demilitarised), humanitarian_corridor, no_fly, exclusion */
                            kind: "ceasefire" | "pull_back" | "humanitarian_corridor" | "no_fly" | "exclusion";
                            /** @description the area (Polygon or MultiPolygon), or a corridor: a LineString with widthM */
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            } | {
                                /** @enum {string} */
                                type: "LineString";
                                coordinates: number[][];
                            };
                            widthM: number | null;
                            /** @description activity kinds prohibited while the zone is in force. Default by kind: ceasefire air, artillery, ground, naval; pull_back and humanitarian_corridor air, artillery, ground; no_fly air; exclusion every kind */
                            prohibits: ("air" | "artillery" | "ground" | "demining" | "naval" | "other")[];
                            closedToMovements: boolean;
                            schedule: {
                                /** Format: date-time */
                                validFrom: string;
                                /** @description null or absent: until further notice */
                                validTo?: string | null;
                                /** @description recurring windows in the theatre's local time (its timezone, DST included), e.g. a daily 10:00–13:00 pause; absent: the whole validity. They are expanded into instants up to 366 days past the later of validFrom and the time the zone was written */
                                windows?: {
                                    /** @description local weekdays (default: every day) */
                                    days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                    /** @description local time HH:MM */
                                    start: string;
                                    /** @description local time HH:MM, after start; '24:00' is midnight at the day's end */
                                    end: string;
                                }[];
                            };
                            /** @description pull_back zones only: the parties that must withdraw, and how far */
                            withdrawal: {
                                /** Format: uuid */
                                partyId: string;
                                /** @description how far from the zone, metres */
                                distanceM: number;
                            }[];
                            withdrawnAt: string | null;
                            /** @description in force now: its agreement is in force, it is not withdrawn, and now is inside its schedule */
                            inForce: boolean;
                            /** @description the current and next few periods of its schedule, as instants */
                            nextWindows: {
                                /** Format: date-time */
                                start: string;
                                end: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The theatre's zones, withdrawn ones included; `at` keeps those in force at that instant */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    agreementId?: string;
                    /** @description ceasefire, pull_back (demilitarised), humanitarian_corridor, no_fly, exclusion */
                    kind?: "ceasefire" | "pull_back" | "humanitarian_corridor" | "no_fly" | "exclusion";
                    /** @description only zones in force at this instant */
                    at?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                agreementId: string;
                                name: string;
                                /** @description ceasefire, pull_back (demilitarised), humanitarian_corridor, no_fly, exclusion */
                                kind: "ceasefire" | "pull_back" | "humanitarian_corridor" | "no_fly" | "exclusion";
                                /** @description the area (Polygon or MultiPolygon), or a corridor: a LineString with widthM */
                                geometry: {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                } | {
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                } | {
                                    /** @enum {string} */
                                    type: "LineString";
                                    coordinates: number[][];
                                };
                                widthM: number | null;
                                /** @description activity kinds prohibited while the zone is in force. Default by kind: ceasefire air, artillery, ground, naval; pull_back and humanitarian_corridor air, artillery, ground; no_fly air; exclusion every kind */
                                prohibits: ("air" | "artillery" | "ground" | "demining" | "naval" | "other")[];
                                closedToMovements: boolean;
                                schedule: {
                                    /** Format: date-time */
                                    validFrom: string;
                                    /** @description null or absent: until further notice */
                                    validTo?: string | null;
                                    /** @description recurring windows in the theatre's local time (its timezone, DST included), e.g. a daily 10:00–13:00 pause; absent: the whole validity. They are expanded into instants up to 366 days past the later of validFrom and the time the zone was written */
                                    windows?: {
                                        /** @description local weekdays (default: every day) */
                                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                        /** @description local time HH:MM */
                                        start: string;
                                        /** @description local time HH:MM, after start; '24:00' is midnight at the day's end */
                                        end: string;
                                    }[];
                                };
                                /** @description pull_back zones only: the parties that must withdraw, and how far */
                                withdrawal: {
                                    /** Format: uuid */
                                    partyId: string;
                                    /** @description how far from the zone, metres */
                                    distanceM: number;
                                }[];
                                withdrawnAt: string | null;
                                /** @description in force now: its agreement is in force, it is not withdrawn, and now is inside its schedule */
                                inForce: boolean;
                                /** @description the current and next few periods of its schedule, as instants */
                                nextWindows: {
                                    /** Format: date-time */
                                    start: string;
                                    end: string | null;
                                }[];
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/zones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One zone */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            agreementId: string;
                            name: string;
                            /** @description ceasefire, pull_back (demilitarised), humanitarian_corridor, no_fly, exclusion */
                            kind: "ceasefire" | "pull_back" | "humanitarian_corridor" | "no_fly" | "exclusion";
                            /** @description the area (Polygon or MultiPolygon), or a corridor: a LineString with widthM */
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            } | {
                                /** @enum {string} */
                                type: "LineString";
                                coordinates: number[][];
                            };
                            widthM: number | null;
                            /** @description activity kinds prohibited while the zone is in force. Default by kind: ceasefire air, artillery, ground, naval; pull_back and humanitarian_corridor air, artillery, ground; no_fly air; exclusion every kind */
                            prohibits: ("air" | "artillery" | "ground" | "demining" | "naval" | "other")[];
                            closedToMovements: boolean;
                            schedule: {
                                /** Format: date-time */
                                validFrom: string;
                                /** @description null or absent: until further notice */
                                validTo?: string | null;
                                /** @description recurring windows in the theatre's local time (its timezone, DST included), e.g. a daily 10:00–13:00 pause; absent: the whole validity. They are expanded into instants up to 366 days past the later of validFrom and the time the zone was written */
                                windows?: {
                                    /** @description local weekdays (default: every day) */
                                    days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                    /** @description local time HH:MM */
                                    start: string;
                                    /** @description local time HH:MM, after start; '24:00' is midnight at the day's end */
                                    end: string;
                                }[];
                            };
                            /** @description pull_back zones only: the parties that must withdraw, and how far */
                            withdrawal: {
                                /** Format: uuid */
                                partyId: string;
                                /** @description how far from the zone, metres */
                                distanceM: number;
                            }[];
                            withdrawnAt: string | null;
                            /** @description in force now: its agreement is in force, it is not withdrawn, and now is inside its schedule */
                            inForce: boolean;
                            /** @description the current and next few periods of its schedule, as instants */
                            nextWindows: {
                                /** Format: date-time */
                                start: string;
                                end: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Withdraw a zone (the coordinator's editors): it stays on record with withdrawnAt, and no longer applies */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a zone (the coordinator's editors); its kind and agreement are fixed */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        /** @description the area (Polygon or MultiPolygon), or a corridor: a LineString with widthM */
                        geometry?: {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        } | {
                            /** @enum {string} */
                            type: "LineString";
                            coordinates: number[][];
                        };
                        widthM?: number | null;
                        /** @description activity kinds prohibited while the zone is in force. Default by kind: ceasefire air, artillery, ground, naval; pull_back and humanitarian_corridor air, artillery, ground; no_fly air; exclusion every kind */
                        prohibits?: ("air" | "artillery" | "ground" | "demining" | "naval" | "other")[];
                        /** @description whether humanitarian movements may not cross it (default: true for exclusion zones, false otherwise) */
                        closedToMovements?: boolean;
                        schedule?: {
                            /** Format: date-time */
                            validFrom: string;
                            /** @description null or absent: until further notice */
                            validTo?: string | null;
                            /** @description recurring windows in the theatre's local time (its timezone, DST included), e.g. a daily 10:00–13:00 pause; absent: the whole validity. They are expanded into instants up to 366 days past the later of validFrom and the time the zone was written */
                            windows?: {
                                /** @description local weekdays (default: every day) */
                                days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                /** @description local time HH:MM */
                                start: string;
                                /** @description local time HH:MM, after start; '24:00' is midnight at the day's end */
                                end: string;
                            }[];
                        };
                        /** @description pull_back zones only: the parties that must withdraw, and how far */
                        withdrawal?: {
                            /** Format: uuid */
                            partyId: string;
                            /** @description how far from the zone, metres */
                            distanceM: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            agreementId: string;
                            name: string;
                            /** @description ceasefire, pull_back (demilitarised), humanitarian_corridor, no_fly, exclusion */
                            kind: "ceasefire" | "pull_back" | "humanitarian_corridor" | "no_fly" | "exclusion";
                            /** @description the area (Polygon or MultiPolygon), or a corridor: a LineString with widthM */
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            } | {
                                /** @enum {string} */
                                type: "LineString";
                                coordinates: number[][];
                            };
                            widthM: number | null;
                            /** @description activity kinds prohibited while the zone is in force. Default by kind: ceasefire air, artillery, ground, naval; pull_back and humanitarian_corridor air, artillery, ground; no_fly air; exclusion every kind */
                            prohibits: ("air" | "artillery" | "ground" | "demining" | "naval" | "other")[];
                            closedToMovements: boolean;
                            schedule: {
                                /** Format: date-time */
                                validFrom: string;
                                /** @description null or absent: until further notice */
                                validTo?: string | null;
                                /** @description recurring windows in the theatre's local time (its timezone, DST included), e.g. a daily 10:00–13:00 pause; absent: the whole validity. They are expanded into instants up to 366 days past the later of validFrom and the time the zone was written */
                                windows?: {
                                    /** @description local weekdays (default: every day) */
                                    days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                                    /** @description local time HH:MM */
                                    start: string;
                                    /** @description local time HH:MM, after start; '24:00' is midnight at the day's end */
                                    end: string;
                                }[];
                            };
                            /** @description pull_back zones only: the parties that must withdraw, and how far */
                            withdrawal: {
                                /** Format: uuid */
                                partyId: string;
                                /** @description how far from the zone, metres */
                                distanceM: number;
                            }[];
                            withdrawnAt: string | null;
                            /** @description in force now: its agreement is in force, it is not withdrawn, and now is inside its schedule */
                            inForce: boolean;
                            /** @description the current and next few periods of its schedule, as instants */
                            nextWindows: {
                                /** Format: date-time */
                                start: string;
                                end: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/control-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The theatre's control areas, past, present and future */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    partyId?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                partyId: string;
                                geometry: {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                } | {
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                };
                                /** Format: date-time */
                                validFrom: string;
                                validTo: string | null;
                                note: string | null;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record which party controls an area, from when to when (the coordinator's editors) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the controlling party (an actor of kind party)
                         */
                        partyId: string;
                        geometry: {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        };
                        /** Format: date-time */
                        validFrom: string;
                        /** @description null or absent: until further notice */
                        validTo?: string | null;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            partyId: string;
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            /** Format: date-time */
                            validFrom: string;
                            validTo: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/control-areas/at": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who controls a point at a time */
        get: {
            parameters: {
                query: {
                    /** @description MGRS (37SBA1234567890), DMS (36°12'30"N 37°09'15"E) or "latitude, longitude" */
                    point: string;
                    /** @description default: now */
                    time?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            point: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                                mgrs: string | null;
                            };
                            /** Format: date-time */
                            time: string;
                            /** @description more than one where control is contested */
                            items: {
                                controlArea: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    /** Format: uuid */
                                    theatreId: string;
                                    /** Format: uuid */
                                    partyId: string;
                                    geometry: {
                                        /** @enum {string} */
                                        type: "Polygon";
                                        coordinates: number[][][];
                                    } | {
                                        /** @enum {string} */
                                        type: "MultiPolygon";
                                        coordinates: number[][][][];
                                    };
                                    /** Format: date-time */
                                    validFrom: string;
                                    validTo: string | null;
                                    note: string | null;
                                };
                                party: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    /** Format: uuid */
                                    theatreId: string;
                                    /** @description the actor's role in the theatre */
                                    kind: "coordinator" | "party" | "organisation" | "monitor";
                                    name: string;
                                    shortName: string;
                                    aliases: string[];
                                    colour: string | null;
                                    publicKey: string | null;
                                    publicKeyId: string | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/control-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One control area */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            partyId: string;
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            /** Format: date-time */
                            validFrom: string;
                            validTo: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a control area recorded in error (the coordinator's editors); give an ended one a validTo instead */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a control area (the coordinator's editors) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /**
                         * Format: uuid
                         * @description the controlling party (an actor of kind party)
                         */
                        partyId?: string;
                        geometry?: {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        };
                        /** Format: date-time */
                        validFrom?: string;
                        /** @description null or absent: until further notice */
                        validTo?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            partyId: string;
                            geometry: {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            /** Format: date-time */
                            validFrom: string;
                            validTo: string | null;
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident categories: ACLED sub-event types and Truce’s own */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            eventType: string;
                            label: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents the caller may see */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    status?: "reported" | "under_review" | "corroborated" | "verified" | "refuted" | "inconclusive" | "merged";
                    /** @description ACLED sub-event types and Truce's own: armed_clash, government_regains_territory, non_state_actor_overtakes_territory, shelling_artillery_missile_attack, air_drone_strike, chemical_weapon, suicide_bomb, remote_explosive_landmine_ied, grenade, attack_on_civilians, abduction_forced_disappearance, sexual_violence, looting_property_destruction, obstruction_of_aid, attack_on_notified_site, attack_on_notified_movement, zone_violation */
                    category?: "armed_clash" | "government_regains_territory" | "non_state_actor_overtakes_territory" | "shelling_artillery_missile_attack" | "air_drone_strike" | "chemical_weapon" | "suicide_bomb" | "remote_explosive_landmine_ied" | "grenade" | "attack_on_civilians" | "abduction_forced_disappearance" | "sexual_violence" | "looting_property_destruction" | "obstruction_of_aid" | "attack_on_notified_site" | "attack_on_notified_movement" | "zone_violation";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                ref: string;
                                /** Format: uuid */
                                theatreId: string;
                                /** Format: uuid */
                                reporterId: string;
                                alsoReportedBy: string[];
                                /** Format: date-time */
                                occurredAt: string;
                                occurredUntil: string | null;
                                occurredPrecision: string;
                                /** @description when it may have happened, given the precision */
                                occurredWindow: {
                                    /** Format: date-time */
                                    start: string;
                                    /** Format: date-time */
                                    end: string;
                                };
                                location: {
                                    /** @enum {string} */
                                    type: "Point";
                                    /** @description [longitude, latitude] */
                                    coordinates: number[];
                                } | {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                } | {
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                };
                                mgrs: string | null;
                                locationPrecision: string;
                                placeName: string | null;
                                uncertaintyM: number;
                                uncertaintyArea: {
                                    /** @enum {string} */
                                    type: "Point";
                                    /** @description [longitude, latitude] */
                                    coordinates: number[];
                                } | {
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                } | {
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                };
                                category: string;
                                eventType: string;
                                categoryLabel: string;
                                allegedPartyId: string | null;
                                allegedPerpetratorText: string | null;
                                killed: {
                                    min: number;
                                    max: number;
                                    /** @description children among them, also a range */
                                    children?: {
                                        min: number;
                                        max: number;
                                    };
                                } | null;
                                injured: {
                                    min: number;
                                    max: number;
                                    /** @description children among them, also a range */
                                    children?: {
                                        min: number;
                                        max: number;
                                    };
                                } | null;
                                description: string;
                                sources: {
                                    /** @enum {string} */
                                    kind: "monitor" | "party" | "organisation" | "media" | "social";
                                    title: string;
                                    /** Format: uri */
                                    url?: string;
                                    publisher?: string;
                                    /**
                                     * Format: date
                                     * @description YYYY-MM-DD
                                     */
                                    date?: string;
                                }[];
                                status: string;
                                history: {
                                    from: string;
                                    to: string;
                                    note: string;
                                    /** Format: uuid */
                                    by: string;
                                    actorId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                replyRequests: {
                                    /** Format: uuid */
                                    partyId: string;
                                    /** Format: date-time */
                                    askedAt: string;
                                    /** Format: date-time */
                                    dueAt: string;
                                }[];
                                replies: {
                                    /** Format: uuid */
                                    partyId: string;
                                    text: string;
                                    /** Format: uuid */
                                    by: string;
                                    /** Format: date-time */
                                    at: string;
                                    late: boolean;
                                }[];
                                mergedInto: string | null;
                                published: boolean;
                                publishedAt: string | null;
                                evidence: {
                                    sha256: string;
                                    size: number;
                                    mediaType: string;
                                    filename: string | null;
                                    /** Format: uuid */
                                    uploadedBy: string;
                                    /** Format: date-time */
                                    uploadedAt: string;
                                }[];
                                attribution: {
                                    zones: {
                                        /** Format: uuid */
                                        agreementId: string;
                                        agreementTitle: string;
                                        /** Format: uuid */
                                        zoneId: string;
                                        zoneName: string;
                                        kind: string;
                                    }[];
                                    subjects: {
                                        kind: string;
                                        /** Format: uuid */
                                        id: string;
                                        ref: string;
                                        name: string;
                                        acknowledgedByAlleged: {
                                            /** Format: date-time */
                                            at: string;
                                            version: number;
                                        } | null;
                                    }[];
                                    summary: string;
                                };
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Report an incident; the response carries its attribution to the agreements, zones, sites and movements it may concern */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        occurredAt: string;
                        /** @description when it ended, if it lasted */
                        occurredUntil?: string | null;
                        /**
                         * @description how sure the time is: exact, or only the day, week or month (default exact)
                         * @enum {string}
                         */
                        occurredPrecision?: "exact" | "day" | "week" | "month";
                        /** @description GeoJSON Point, Polygon or MultiPolygon (or a typed point) */
                        location: {
                            /** @enum {string} */
                            type: "Point";
                            /** @description [longitude, latitude] */
                            coordinates: number[];
                        } | {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        } | string;
                        /**
                         * @description exact, near a named place (5 km), district (15 km), governorate (50 km); the theatre policy may change the radii
                         * @enum {string}
                         */
                        locationPrecision?: "exact" | "near" | "district" | "governorate";
                        placeName?: string | null;
                        /**
                         * @description ACLED sub-event types and Truce's own: armed_clash, government_regains_territory, non_state_actor_overtakes_territory, shelling_artillery_missile_attack, air_drone_strike, chemical_weapon, suicide_bomb, remote_explosive_landmine_ied, grenade, attack_on_civilians, abduction_forced_disappearance, sexual_violence, looting_property_destruction, obstruction_of_aid, attack_on_notified_site, attack_on_notified_movement, zone_violation
                         * @enum {string}
                         */
                        category: "armed_clash" | "government_regains_territory" | "non_state_actor_overtakes_territory" | "shelling_artillery_missile_attack" | "air_drone_strike" | "chemical_weapon" | "suicide_bomb" | "remote_explosive_landmine_ied" | "grenade" | "attack_on_civilians" | "abduction_forced_disappearance" | "sexual_violence" | "looting_property_destruction" | "obstruction_of_aid" | "attack_on_notified_site" | "attack_on_notified_movement" | "zone_violation";
                        /** @description the party alleged responsible, or "unknown" */
                        allegedPartyId?: string | "unknown";
                        /** @description who, in the reporter’s words */
                        allegedPerpetratorText?: string | null;
                        killed?: {
                            min: number;
                            max: number;
                            /** @description children among them, also a range */
                            children?: {
                                min: number;
                                max: number;
                            };
                        } | null;
                        injured?: {
                            min: number;
                            max: number;
                            /** @description children among them, also a range */
                            children?: {
                                min: number;
                                max: number;
                            };
                        } | null;
                        description: string;
                        sources?: {
                            /** @enum {string} */
                            kind: "monitor" | "party" | "organisation" | "media" | "social";
                            title: string;
                            /** Format: uri */
                            url?: string;
                            publisher?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date?: string;
                        }[];
                        /**
                         * Format: uuid
                         * @description the actor reporting, when the caller belongs to several
                         */
                        reporterId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            reporterId: string;
                            alsoReportedBy: string[];
                            /** Format: date-time */
                            occurredAt: string;
                            occurredUntil: string | null;
                            occurredPrecision: string;
                            /** @description when it may have happened, given the precision */
                            occurredWindow: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            location: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            mgrs: string | null;
                            locationPrecision: string;
                            placeName: string | null;
                            uncertaintyM: number;
                            uncertaintyArea: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            category: string;
                            eventType: string;
                            categoryLabel: string;
                            allegedPartyId: string | null;
                            allegedPerpetratorText: string | null;
                            killed: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            injured: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            description: string;
                            sources: {
                                /** @enum {string} */
                                kind: "monitor" | "party" | "organisation" | "media" | "social";
                                title: string;
                                /** Format: uri */
                                url?: string;
                                publisher?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date?: string;
                            }[];
                            status: string;
                            history: {
                                from: string;
                                to: string;
                                note: string;
                                /** Format: uuid */
                                by: string;
                                actorId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            replyRequests: {
                                /** Format: uuid */
                                partyId: string;
                                /** Format: date-time */
                                askedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            replies: {
                                /** Format: uuid */
                                partyId: string;
                                text: string;
                                /** Format: uuid */
                                by: string;
                                /** Format: date-time */
                                at: string;
                                late: boolean;
                            }[];
                            mergedInto: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            evidence: {
                                sha256: string;
                                size: number;
                                mediaType: string;
                                filename: string | null;
                                /** Format: uuid */
                                uploadedBy: string;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            attribution: {
                                zones: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    agreementTitle: string;
                                    /** Format: uuid */
                                    zoneId: string;
                                    zoneName: string;
                                    kind: string;
                                }[];
                                subjects: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    name: string;
                                    acknowledgedByAlleged: {
                                        /** Format: date-time */
                                        at: string;
                                        version: number;
                                    } | null;
                                }[];
                                summary: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident, with its status history, replies, evidence and attribution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            reporterId: string;
                            alsoReportedBy: string[];
                            /** Format: date-time */
                            occurredAt: string;
                            occurredUntil: string | null;
                            occurredPrecision: string;
                            /** @description when it may have happened, given the precision */
                            occurredWindow: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            location: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            mgrs: string | null;
                            locationPrecision: string;
                            placeName: string | null;
                            uncertaintyM: number;
                            uncertaintyArea: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            category: string;
                            eventType: string;
                            categoryLabel: string;
                            allegedPartyId: string | null;
                            allegedPerpetratorText: string | null;
                            killed: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            injured: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            description: string;
                            sources: {
                                /** @enum {string} */
                                kind: "monitor" | "party" | "organisation" | "media" | "social";
                                title: string;
                                /** Format: uri */
                                url?: string;
                                publisher?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date?: string;
                            }[];
                            status: string;
                            history: {
                                from: string;
                                to: string;
                                note: string;
                                /** Format: uuid */
                                by: string;
                                actorId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            replyRequests: {
                                /** Format: uuid */
                                partyId: string;
                                /** Format: date-time */
                                askedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            replies: {
                                /** Format: uuid */
                                partyId: string;
                                text: string;
                                /** Format: uuid */
                                by: string;
                                /** Format: date-time */
                                at: string;
                                late: boolean;
                            }[];
                            mergedInto: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            evidence: {
                                sha256: string;
                                size: number;
                                mediaType: string;
                                filename: string | null;
                                /** Format: uuid */
                                uploadedBy: string;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            attribution: {
                                zones: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    agreementTitle: string;
                                    /** Format: uuid */
                                    zoneId: string;
                                    zoneName: string;
                                    kind: string;
                                }[];
                                subjects: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    name: string;
                                    acknowledgedByAlleged: {
                                        /** Format: date-time */
                                        at: string;
                                        version: number;
                                    } | null;
                                }[];
                                summary: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change what is reported (with `version`); attribution is computed again */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: date-time */
                        occurredAt?: string;
                        /** @description when it ended, if it lasted */
                        occurredUntil?: string | null;
                        /**
                         * @description how sure the time is: exact, or only the day, week or month (default exact)
                         * @enum {string}
                         */
                        occurredPrecision?: "exact" | "day" | "week" | "month";
                        /** @description GeoJSON Point, Polygon or MultiPolygon (or a typed point) */
                        location?: {
                            /** @enum {string} */
                            type: "Point";
                            /** @description [longitude, latitude] */
                            coordinates: number[];
                        } | {
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        } | string;
                        /**
                         * @description exact, near a named place (5 km), district (15 km), governorate (50 km); the theatre policy may change the radii
                         * @enum {string}
                         */
                        locationPrecision?: "exact" | "near" | "district" | "governorate";
                        placeName?: string | null;
                        /**
                         * @description ACLED sub-event types and Truce's own: armed_clash, government_regains_territory, non_state_actor_overtakes_territory, shelling_artillery_missile_attack, air_drone_strike, chemical_weapon, suicide_bomb, remote_explosive_landmine_ied, grenade, attack_on_civilians, abduction_forced_disappearance, sexual_violence, looting_property_destruction, obstruction_of_aid, attack_on_notified_site, attack_on_notified_movement, zone_violation
                         * @enum {string}
                         */
                        category?: "armed_clash" | "government_regains_territory" | "non_state_actor_overtakes_territory" | "shelling_artillery_missile_attack" | "air_drone_strike" | "chemical_weapon" | "suicide_bomb" | "remote_explosive_landmine_ied" | "grenade" | "attack_on_civilians" | "abduction_forced_disappearance" | "sexual_violence" | "looting_property_destruction" | "obstruction_of_aid" | "attack_on_notified_site" | "attack_on_notified_movement" | "zone_violation";
                        /** @description the party alleged responsible, or "unknown" */
                        allegedPartyId?: string | "unknown";
                        /** @description who, in the reporter’s words */
                        allegedPerpetratorText?: string | null;
                        killed?: {
                            min: number;
                            max: number;
                            /** @description children among them, also a range */
                            children?: {
                                min: number;
                                max: number;
                            };
                        } | null;
                        injured?: {
                            min: number;
                            max: number;
                            /** @description children among them, also a range */
                            children?: {
                                min: number;
                                max: number;
                            };
                        } | null;
                        description?: string;
                        sources?: {
                            /** @enum {string} */
                            kind: "monitor" | "party" | "organisation" | "media" | "social";
                            title: string;
                            /** Format: uri */
                            url?: string;
                            publisher?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            reporterId: string;
                            alsoReportedBy: string[];
                            /** Format: date-time */
                            occurredAt: string;
                            occurredUntil: string | null;
                            occurredPrecision: string;
                            /** @description when it may have happened, given the precision */
                            occurredWindow: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            location: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            mgrs: string | null;
                            locationPrecision: string;
                            placeName: string | null;
                            uncertaintyM: number;
                            uncertaintyArea: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            category: string;
                            eventType: string;
                            categoryLabel: string;
                            allegedPartyId: string | null;
                            allegedPerpetratorText: string | null;
                            killed: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            injured: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            description: string;
                            sources: {
                                /** @enum {string} */
                                kind: "monitor" | "party" | "organisation" | "media" | "social";
                                title: string;
                                /** Format: uri */
                                url?: string;
                                publisher?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date?: string;
                            }[];
                            status: string;
                            history: {
                                from: string;
                                to: string;
                                note: string;
                                /** Format: uuid */
                                by: string;
                                actorId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            replyRequests: {
                                /** Format: uuid */
                                partyId: string;
                                /** Format: date-time */
                                askedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            replies: {
                                /** Format: uuid */
                                partyId: string;
                                text: string;
                                /** Format: uuid */
                                by: string;
                                /** Format: date-time */
                                at: string;
                                late: boolean;
                            }[];
                            mergedInto: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            evidence: {
                                sha256: string;
                                size: number;
                                mediaType: string;
                                filename: string | null;
                                /** Format: uuid */
                                uploadedBy: string;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            attribution: {
                                zones: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    agreementTitle: string;
                                    /** Format: uuid */
                                    zoneId: string;
                                    zoneName: string;
                                    kind: string;
                                }[];
                                subjects: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    name: string;
                                    acknowledgedByAlleged: {
                                        /** Format: date-time */
                                        at: string;
                                        version: number;
                                    } | null;
                                }[];
                                summary: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A monitor or the coordinator moves it one step through verification, saying why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description reported → under_review → corroborated → verified; refuted or inconclusive from under_review or corroborated
                         * @enum {string}
                         */
                        status: "under_review" | "corroborated" | "verified" | "refuted" | "inconclusive";
                        /** @description why */
                        note: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            reporterId: string;
                            alsoReportedBy: string[];
                            /** Format: date-time */
                            occurredAt: string;
                            occurredUntil: string | null;
                            occurredPrecision: string;
                            /** @description when it may have happened, given the precision */
                            occurredWindow: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            location: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            mgrs: string | null;
                            locationPrecision: string;
                            placeName: string | null;
                            uncertaintyM: number;
                            uncertaintyArea: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            category: string;
                            eventType: string;
                            categoryLabel: string;
                            allegedPartyId: string | null;
                            allegedPerpetratorText: string | null;
                            killed: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            injured: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            description: string;
                            sources: {
                                /** @enum {string} */
                                kind: "monitor" | "party" | "organisation" | "media" | "social";
                                title: string;
                                /** Format: uri */
                                url?: string;
                                publisher?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date?: string;
                            }[];
                            status: string;
                            history: {
                                from: string;
                                to: string;
                                note: string;
                                /** Format: uuid */
                                by: string;
                                actorId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            replyRequests: {
                                /** Format: uuid */
                                partyId: string;
                                /** Format: date-time */
                                askedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            replies: {
                                /** Format: uuid */
                                partyId: string;
                                text: string;
                                /** Format: uuid */
                                by: string;
                                /** Format: date-time */
                                at: string;
                                late: boolean;
                            }[];
                            mergedInto: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            evidence: {
                                sha256: string;
                                size: number;
                                mediaType: string;
                                filename: string | null;
                                /** Format: uuid */
                                uploadedBy: string;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            attribution: {
                                zones: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    agreementTitle: string;
                                    /** Format: uuid */
                                    zoneId: string;
                                    zoneName: string;
                                    kind: string;
                                }[];
                                subjects: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    name: string;
                                    acknowledgedByAlleged: {
                                        /** Format: date-time */
                                        at: string;
                                        version: number;
                                    } | null;
                                }[];
                                summary: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The alleged party’s reply (right of reply) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /**
                         * Format: uuid
                         * @description the party replying, when the caller belongs to several
                         */
                        partyId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            reporterId: string;
                            alsoReportedBy: string[];
                            /** Format: date-time */
                            occurredAt: string;
                            occurredUntil: string | null;
                            occurredPrecision: string;
                            /** @description when it may have happened, given the precision */
                            occurredWindow: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            location: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            mgrs: string | null;
                            locationPrecision: string;
                            placeName: string | null;
                            uncertaintyM: number;
                            uncertaintyArea: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            category: string;
                            eventType: string;
                            categoryLabel: string;
                            allegedPartyId: string | null;
                            allegedPerpetratorText: string | null;
                            killed: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            injured: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            description: string;
                            sources: {
                                /** @enum {string} */
                                kind: "monitor" | "party" | "organisation" | "media" | "social";
                                title: string;
                                /** Format: uri */
                                url?: string;
                                publisher?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date?: string;
                            }[];
                            status: string;
                            history: {
                                from: string;
                                to: string;
                                note: string;
                                /** Format: uuid */
                                by: string;
                                actorId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            replyRequests: {
                                /** Format: uuid */
                                partyId: string;
                                /** Format: date-time */
                                askedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            replies: {
                                /** Format: uuid */
                                partyId: string;
                                text: string;
                                /** Format: uuid */
                                by: string;
                                /** Format: date-time */
                                at: string;
                                late: boolean;
                            }[];
                            mergedInto: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            evidence: {
                                sha256: string;
                                size: number;
                                mediaType: string;
                                filename: string | null;
                                /** Format: uuid */
                                uploadedBy: string;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            attribution: {
                                zones: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    agreementTitle: string;
                                    /** Format: uuid */
                                    zoneId: string;
                                    zoneName: string;
                                    kind: string;
                                }[];
                                subjects: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    name: string;
                                    acknowledgedByAlleged: {
                                        /** Format: date-time */
                                        at: string;
                                        version: number;
                                    } | null;
                                }[];
                                summary: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The coordinator publishes a verified incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            reporterId: string;
                            alsoReportedBy: string[];
                            /** Format: date-time */
                            occurredAt: string;
                            occurredUntil: string | null;
                            occurredPrecision: string;
                            /** @description when it may have happened, given the precision */
                            occurredWindow: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            location: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            mgrs: string | null;
                            locationPrecision: string;
                            placeName: string | null;
                            uncertaintyM: number;
                            uncertaintyArea: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            category: string;
                            eventType: string;
                            categoryLabel: string;
                            allegedPartyId: string | null;
                            allegedPerpetratorText: string | null;
                            killed: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            injured: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            description: string;
                            sources: {
                                /** @enum {string} */
                                kind: "monitor" | "party" | "organisation" | "media" | "social";
                                title: string;
                                /** Format: uri */
                                url?: string;
                                publisher?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date?: string;
                            }[];
                            status: string;
                            history: {
                                from: string;
                                to: string;
                                note: string;
                                /** Format: uuid */
                                by: string;
                                actorId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            replyRequests: {
                                /** Format: uuid */
                                partyId: string;
                                /** Format: date-time */
                                askedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            replies: {
                                /** Format: uuid */
                                partyId: string;
                                text: string;
                                /** Format: uuid */
                                by: string;
                                /** Format: date-time */
                                at: string;
                                late: boolean;
                            }[];
                            mergedInto: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            evidence: {
                                sha256: string;
                                size: number;
                                mediaType: string;
                                filename: string | null;
                                /** Format: uuid */
                                uploadedBy: string;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            attribution: {
                                zones: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    agreementTitle: string;
                                    /** Format: uuid */
                                    zoneId: string;
                                    zoneName: string;
                                    kind: string;
                                }[];
                                subjects: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    name: string;
                                    acknowledgedByAlleged: {
                                        /** Format: date-time */
                                        at: string;
                                        version: number;
                                    } | null;
                                }[];
                                summary: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely reports of the same event: same category, near in space and time (theatre policy) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                ref: string;
                                status: string;
                                category: string;
                                /** Format: date-time */
                                occurredAt: string;
                                description: string;
                                distanceM: number;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge duplicates into this incident, keeping their sources and evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        duplicateIds: string[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            ref: string;
                            /** Format: uuid */
                            theatreId: string;
                            /** Format: uuid */
                            reporterId: string;
                            alsoReportedBy: string[];
                            /** Format: date-time */
                            occurredAt: string;
                            occurredUntil: string | null;
                            occurredPrecision: string;
                            /** @description when it may have happened, given the precision */
                            occurredWindow: {
                                /** Format: date-time */
                                start: string;
                                /** Format: date-time */
                                end: string;
                            };
                            location: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            mgrs: string | null;
                            locationPrecision: string;
                            placeName: string | null;
                            uncertaintyM: number;
                            uncertaintyArea: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | {
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            category: string;
                            eventType: string;
                            categoryLabel: string;
                            allegedPartyId: string | null;
                            allegedPerpetratorText: string | null;
                            killed: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            injured: {
                                min: number;
                                max: number;
                                /** @description children among them, also a range */
                                children?: {
                                    min: number;
                                    max: number;
                                };
                            } | null;
                            description: string;
                            sources: {
                                /** @enum {string} */
                                kind: "monitor" | "party" | "organisation" | "media" | "social";
                                title: string;
                                /** Format: uri */
                                url?: string;
                                publisher?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD
                                 */
                                date?: string;
                            }[];
                            status: string;
                            history: {
                                from: string;
                                to: string;
                                note: string;
                                /** Format: uuid */
                                by: string;
                                actorId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                            replyRequests: {
                                /** Format: uuid */
                                partyId: string;
                                /** Format: date-time */
                                askedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            replies: {
                                /** Format: uuid */
                                partyId: string;
                                text: string;
                                /** Format: uuid */
                                by: string;
                                /** Format: date-time */
                                at: string;
                                late: boolean;
                            }[];
                            mergedInto: string | null;
                            published: boolean;
                            publishedAt: string | null;
                            evidence: {
                                sha256: string;
                                size: number;
                                mediaType: string;
                                filename: string | null;
                                /** Format: uuid */
                                uploadedBy: string;
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            attribution: {
                                zones: {
                                    /** Format: uuid */
                                    agreementId: string;
                                    agreementTitle: string;
                                    /** Format: uuid */
                                    zoneId: string;
                                    zoneName: string;
                                    kind: string;
                                }[];
                                subjects: {
                                    kind: string;
                                    /** Format: uuid */
                                    id: string;
                                    ref: string;
                                    name: string;
                                    acknowledgedByAlleged: {
                                        /** Format: date-time */
                                        at: string;
                                        version: number;
                                    } | null;
                                }[];
                                summary: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/{id}/evidence/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file by its SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                    /** @description the file’s SHA-256, lowercase hex */
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/liaison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The liaison meetings the caller sees, each with its minutes, decisions and action items */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    /** @description meetings this actor attends */
                    attendee?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                theatreId: string;
                                title: string;
                                /** Format: date-time */
                                at: string;
                                recurrence: {
                                    freq: string;
                                    until: string | null;
                                } | null;
                                place: {
                                    name: string;
                                    point: {
                                        /** @enum {string} */
                                        type: "Point";
                                        /** @description [longitude, latitude] */
                                        coordinates: number[];
                                    } | null;
                                    mgrs: string | null;
                                } | null;
                                attendees: string[];
                                minutes: string;
                                decisions: string[];
                                actionItems: {
                                    /** Format: uuid */
                                    id: string;
                                    version: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    /** Format: uuid */
                                    meetingId: string;
                                    text: string;
                                    /** Format: uuid */
                                    owner: string;
                                    /** @description as given: a local date, or an instant (in UTC) */
                                    due: string;
                                    /**
                                     * Format: date-time
                                     * @description the instant it falls due
                                     */
                                    dueAt: string;
                                    status: "open" | "done" | "dropped";
                                    note: string | null;
                                }[];
                                /** Format: uuid */
                                createdBy: string;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a liaison meeting, one-off or daily/weekly (the coordinator's editors)
         * @description A meeting is seen by the coordinator, its attending actors and monitors. Each action item is owned by an attending actor (or the coordinator), who is reminded through the ledger 24 h before it falls due and once it is overdue (`liaison.action_due`, `liaison.action_overdue`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /**
                         * Format: date-time
                         * @description when it takes place (the first meeting of a series)
                         */
                        at: string;
                        recurrence?: {
                            /** @description every day, or every week on the first meeting's weekday, at its wall-clock time in the theatre's timezone */
                            freq: "daily" | "weekly";
                            /** @description the last local day (YYYY-MM-DD, inclusive) in the theatre's timezone; absent or null: until further notice */
                            until?: string | null;
                        } | null;
                        place?: {
                            /** @description where, in words (a crossing, a base, a video call) */
                            name: string;
                            point?: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | string;
                        } | null;
                        /** @description the attending actors of the theatre: they see the meeting */
                        attendees?: string[];
                        /** @description the minutes, Markdown */
                        minutes?: string;
                        /** @description what the meeting decided, one each */
                        decisions?: string[];
                        actionItems?: {
                            /** @description what is to be done */
                            text: string;
                            /**
                             * Format: uuid
                             * @description the actor that is to do it: an attending actor, or the coordinator
                             */
                            owner: string;
                            /** @description a date YYYY-MM-DD (due by the end of that day in the theatre's timezone) or a date-time with its offset (2016-09-14T18:00:00+03:00) */
                            due: string;
                            status?: "open" | "done" | "dropped";
                            /** @description how it went, why it was dropped */
                            note?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            title: string;
                            /** Format: date-time */
                            at: string;
                            recurrence: {
                                freq: string;
                                until: string | null;
                            } | null;
                            place: {
                                name: string;
                                point: {
                                    /** @enum {string} */
                                    type: "Point";
                                    /** @description [longitude, latitude] */
                                    coordinates: number[];
                                } | null;
                                mgrs: string | null;
                            } | null;
                            attendees: string[];
                            minutes: string;
                            decisions: string[];
                            actionItems: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                meetingId: string;
                                text: string;
                                /** Format: uuid */
                                owner: string;
                                /** @description as given: a local date, or an instant (in UTC) */
                                due: string;
                                /**
                                 * Format: date-time
                                 * @description the instant it falls due
                                 */
                                dueAt: string;
                                status: "open" | "done" | "dropped";
                                note: string | null;
                            }[];
                            /** Format: uuid */
                            createdBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/liaison/occurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetings taking place in [from, to), series expanded in the theatre’s timezone, by time */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    from: string;
                    /** @description after from, at most 366 days later */
                    to: string;
                    meetingId?: string;
                    attendee?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                meetingId: string;
                                title: string;
                                /** Format: date-time */
                                at: string;
                                /** @description the day in the theatre's timezone */
                                localDate: string;
                                place: string | null;
                                attendees: string[];
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/liaison/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action items of the meetings the caller sees, by owner and status */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `next` of the previous page */
                    cursor?: string;
                    owner?: string;
                    status?: "open" | "done" | "dropped";
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                meetingId: string;
                                text: string;
                                /** Format: uuid */
                                owner: string;
                                /** @description as given: a local date, or an instant (in UTC) */
                                due: string;
                                /**
                                 * Format: date-time
                                 * @description the instant it falls due
                                 */
                                dueAt: string;
                                status: "open" | "done" | "dropped";
                                note: string | null;
                            }[];
                            next: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/liaison/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One liaison meeting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            title: string;
                            /** Format: date-time */
                            at: string;
                            recurrence: {
                                freq: string;
                                until: string | null;
                            } | null;
                            place: {
                                name: string;
                                point: {
                                    /** @enum {string} */
                                    type: "Point";
                                    /** @description [longitude, latitude] */
                                    coordinates: number[];
                                } | null;
                                mgrs: string | null;
                            } | null;
                            attendees: string[];
                            minutes: string;
                            decisions: string[];
                            actionItems: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                meetingId: string;
                                text: string;
                                /** Format: uuid */
                                owner: string;
                                /** @description as given: a local date, or an instant (in UTC) */
                                due: string;
                                /**
                                 * Format: date-time
                                 * @description the instant it falls due
                                 */
                                dueAt: string;
                                status: "open" | "done" | "dropped";
                                note: string | null;
                            }[];
                            /** Format: uuid */
                            createdBy: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a liaison meeting: minutes, decisions, attendees, action items (the coordinator's editors) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the record's current version */
                        version: number;
                        title?: string;
                        /** Format: date-time */
                        at?: string;
                        /** @description null: a one-off meeting */
                        recurrence?: {
                            /** @description every day, or every week on the first meeting's weekday, at its wall-clock time in the theatre's timezone */
                            freq: "daily" | "weekly";
                            /** @description the last local day (YYYY-MM-DD, inclusive) in the theatre's timezone; absent or null: until further notice */
                            until?: string | null;
                        } | null;
                        place?: {
                            /** @description where, in words (a crossing, a base, a video call) */
                            name: string;
                            point?: {
                                /** @enum {string} */
                                type: "Point";
                                /** @description [longitude, latitude] */
                                coordinates: number[];
                            } | string;
                        } | null;
                        /** @description the attending actors of the theatre: they see the meeting */
                        attendees?: string[];
                        /** @description the minutes, Markdown */
                        minutes?: string;
                        /** @description what the meeting decided, one each */
                        decisions?: string[];
                        /** @description the whole list: items with an id are kept (and changed), items without one are added, items left out are removed */
                        actionItems?: {
                            /**
                             * Format: uuid
                             * @description an action item of this meeting, to change it; absent: a new one
                             */
                            id?: string;
                            /** @description what is to be done */
                            text: string;
                            /**
                             * Format: uuid
                             * @description the actor that is to do it: an attending actor, or the coordinator
                             */
                            owner: string;
                            /** @description a date YYYY-MM-DD (due by the end of that day in the theatre's timezone) or a date-time with its offset (2016-09-14T18:00:00+03:00) */
                            due: string;
                            status?: "open" | "done" | "dropped";
                            /** @description how it went, why it was dropped */
                            note?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            theatreId: string;
                            title: string;
                            /** Format: date-time */
                            at: string;
                            recurrence: {
                                freq: string;
                                until: string | null;
                            } | null;
                            place: {
                                name: string;
                                point: {
                                    /** @enum {string} */
                                    type: "Point";
                                    /** @description [longitude, latitude] */
                                    coordinates: number[];
                                } | null;
                                mgrs: string | null;
                            } | null;
                            attendees: string[];
                            minutes: string;
                            decisions: string[];
                            actionItems: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: uuid */
                                meetingId: string;
                                text: string;
                                /** Format: uuid */
                                owner: string;
                                /** @description as given: a local date, or an instant (in UTC) */
                                due: string;
                                /**
                                 * Format: date-time
                                 * @description the instant it falls due
                                 */
                                dueAt: string;
                                status: "open" | "done" | "dropped";
                                note: string | null;
                            }[];
                            /** Format: uuid */
                            createdBy: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/liaison/{id}/action-items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set an action item's status and note (its owner's editors, or the coordinator's)
         * @description `version` is the action item’s own; the change also moves the meeting’s version.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the action item's current version */
                        version: number;
                        status: "open" | "done" | "dropped";
                        /** @description how it went, why it was dropped */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            meetingId: string;
                            text: string;
                            /** Format: uuid */
                            owner: string;
                            /** @description as given: a local date, or an instant (in UTC) */
                            due: string;
                            /**
                             * Format: date-time
                             * @description the instant it falls due
                             */
                            dueAt: string;
                            status: "open" | "done" | "dropped";
                            note: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incident figures by period, party, agreement/zone, category and status, and the parties’ notification conduct
         * @description JSON by default; `Accept: text/csv` gives the incident figures as CSV. Counts only incidents the caller may see.
         */
        get: {
            parameters: {
                query: {
                    /** @description start of the period (inclusive), by when incidents occurred */
                    from: string;
                    /** @description end of the period (exclusive) */
                    to: string;
                    /** @description comma-separated breakdown: at most one of day, week, month, and any of party, agreement, zone, category, status (default: week,party) */
                    by?: string;
                    /** @description count only incidents in these verification statuses, comma-separated */
                    status?: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            by: string[];
                            /** @description the parties the rows name */
                            parties: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** @description the agreements the rows name */
                            agreements: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** @description the zones the rows name */
                            zones: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                agreementId: string;
                            }[];
                            /** @description incident counts and casualty ranges per breakdown cell (only non-empty cells) */
                            incidents: {
                                /** @description the day or week (its Monday) as YYYY-MM-DD, or the month as YYYY-MM, in the theatre’s calendar */
                                period: string | null;
                                /**
                                 * Format: uuid
                                 * @description the alleged party (named in `parties`); null: none or not a party
                                 */
                                partyId: string | null;
                                /**
                                 * Format: uuid
                                 * @description named in `agreements`; null: in no zone in force
                                 */
                                agreementId: string | null;
                                /**
                                 * Format: uuid
                                 * @description named in `zones`; null: in no zone in force
                                 */
                                zoneId: string | null;
                                category: string | null;
                                status: string | null;
                                incidents: number;
                                killed: {
                                    min: number;
                                    max: number;
                                };
                                childrenKilled: {
                                    min: number;
                                    max: number;
                                };
                                injured: {
                                    min: number;
                                    max: number;
                                };
                            }[];
                            /** @description each party's conduct in the notification process over the period */
                            conduct: {
                                party: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description notifications the party was asked to acknowledge in the period */
                                requested: number;
                                acknowledged: number;
                                /** @description acknowledged before the deadline */
                                onTime: number;
                                objected: number;
                                expired: number;
                                pending: number;
                                /** @description expired ÷ requested */
                                expiredShare: number;
                                medianHoursToAcknowledge: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/compliance/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents by party and category before, during and after an agreement's period in force */
        get: {
            parameters: {
                query: {
                    agreement: string;
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agreement: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description the parties the rows name */
                            parties: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            before: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                                incidents: {
                                    /** @description the day or week (its Monday) as YYYY-MM-DD, or the month as YYYY-MM, in the theatre’s calendar */
                                    period: string | null;
                                    /**
                                     * Format: uuid
                                     * @description the alleged party (named in `parties`); null: none or not a party
                                     */
                                    partyId: string | null;
                                    /**
                                     * Format: uuid
                                     * @description named in `agreements`; null: in no zone in force
                                     */
                                    agreementId: string | null;
                                    /**
                                     * Format: uuid
                                     * @description named in `zones`; null: in no zone in force
                                     */
                                    zoneId: string | null;
                                    category: string | null;
                                    status: string | null;
                                    incidents: number;
                                    killed: {
                                        min: number;
                                        max: number;
                                    };
                                    childrenKilled: {
                                        min: number;
                                        max: number;
                                    };
                                    injured: {
                                        min: number;
                                        max: number;
                                    };
                                }[];
                            };
                            during: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                                incidents: {
                                    /** @description the day or week (its Monday) as YYYY-MM-DD, or the month as YYYY-MM, in the theatre’s calendar */
                                    period: string | null;
                                    /**
                                     * Format: uuid
                                     * @description the alleged party (named in `parties`); null: none or not a party
                                     */
                                    partyId: string | null;
                                    /**
                                     * Format: uuid
                                     * @description named in `agreements`; null: in no zone in force
                                     */
                                    agreementId: string | null;
                                    /**
                                     * Format: uuid
                                     * @description named in `zones`; null: in no zone in force
                                     */
                                    zoneId: string | null;
                                    category: string | null;
                                    status: string | null;
                                    incidents: number;
                                    killed: {
                                        min: number;
                                        max: number;
                                    };
                                    childrenKilled: {
                                        min: number;
                                        max: number;
                                    };
                                    injured: {
                                        min: number;
                                        max: number;
                                    };
                                }[];
                            };
                            after: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                                incidents: {
                                    /** @description the day or week (its Monday) as YYYY-MM-DD, or the month as YYYY-MM, in the theatre’s calendar */
                                    period: string | null;
                                    /**
                                     * Format: uuid
                                     * @description the alleged party (named in `parties`); null: none or not a party
                                     */
                                    partyId: string | null;
                                    /**
                                     * Format: uuid
                                     * @description named in `agreements`; null: in no zone in force
                                     */
                                    agreementId: string | null;
                                    /**
                                     * Format: uuid
                                     * @description named in `zones`; null: in no zone in force
                                     */
                                    zoneId: string | null;
                                    category: string | null;
                                    status: string | null;
                                    incidents: number;
                                    killed: {
                                        min: number;
                                        max: number;
                                    };
                                    childrenKilled: {
                                        min: number;
                                        max: number;
                                    };
                                    injured: {
                                        min: number;
                                        max: number;
                                    };
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/reports/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The daily situation report for a date of the theatre’s calendar: HTML (print-ready), or PDF or JSON */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD in the theatre’s timezone */
                    date: string;
                    /** @description default html */
                    format?: "html" | "pdf" | "json";
                };
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                        "application/pdf": string;
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/theatres/{theatre}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a theatre publishes: agreements, zones and figures over published incidents (JSON; a read-only page for browsers) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description the theatre’s id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/theatres/{theatre}/incidents.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published incidents as GeoJSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the theatre’s id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/theatres/{theatre}/incidents.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published incidents as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the theatre’s id or code */
                    theatre: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/basemap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The basemap the web app draws */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "builtin";
                            /** @description the built-in basemap's boundaries (under a richer basemap too) */
                            boundaries: {
                                /** @description the tiles' address, {z}/{x}/{y} to fill in, with the version of the data they are cut from */
                                tiles: string[];
                                /** @description the highest zoom tiles are cut for; the map enlarges those beyond it */
                                maxzoom: number;
                                /** @description the layers in each tile */
                                layers: string[];
                            };
                        } | {
                            /** @enum {string} */
                            kind: "style";
                            url: string;
                        } | {
                            /** @enum {string} */
                            kind: "pmtiles";
                            url: string;
                            /** @description the built-in basemap's boundaries (under a richer basemap too) */
                            boundaries: {
                                /** @description the tiles' address, {z}/{x}/{y} to fill in, with the version of the data they are cut from */
                                tiles: string[];
                                /** @description the highest zoom tiles are cut for; the map enlarges those beyond it */
                                maxzoom: number;
                                /** @description the layers in each tile */
                                layers: string[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/basemap/tiles/{z}/{x}/{y}.mvt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vector tile of the built-in basemap's boundaries (layers countries, governorates, districts), cut up to zoom 10 */
        get: {
            parameters: {
                query?: {
                    /** @description the version GET /basemap named */
                    v?: string;
                };
                header?: never;
                path: {
                    z: number;
                    x: number;
                    y: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a Mapbox Vector Tile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.mapbox-vector-tile": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/theatres/{theatre}/incidents/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an evidence file (multipart/form-data, one file): JPEG, PNG, PDF, MP4 or plain text, up to 20 MB; stored by SHA-256 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description theatre id or code */
                    theatre: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sha256: string;
                            size: number;
                            mediaType: string;
                            filename: string | null;
                            /** Format: uuid */
                            uploadedBy: string;
                            /** Format: date-time */
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sha256: string;
                            size: number;
                            mediaType: string;
                            filename: string | null;
                            /** Format: uuid */
                            uploadedBy: string;
                            /** Format: date-time */
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
