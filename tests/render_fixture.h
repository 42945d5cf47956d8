/* SPDX-License-Identifier: MIT
 * render_fixture.h - fl_state values for the territory and render tests, read from
 * tests/fixtures/render/syria-places.tsv (real places, holders on two days). Header-only
 * so each check binary that needs it includes it. */
#ifndef FL_RENDER_FIXTURE_H
#define FL_RENDER_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "timeline.h"
#include "testutil.h"

/* Fill s with the fixture's places and their holders in column col (0: 2024-11-26,
 * 1: 2024-11-30), dated d. Returns the number of places. */
static size_t fixture_state(fl_state *s, int col, fl_date d)
{
	memset(s, 0, sizeof(*s));
	s->date = d;
	char *path = tu_test_path("fixtures/render/syria-places.tsv");
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return 0;
	char line[1024];
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		line[strcspn(line, "\r\n")] = 0;
		char *fld[8] = { 0 };
		int n = 0;
		for (char *p = line, *t; n < 8 && (t = strsep(&p, "\t"));)
			fld[n++] = t;
		if (n < 8)
			continue;
		if (fl_grow((void **)&s->items, &s->cap, s->count, 1, sizeof(fl_place_state)))
			break;
		fl_place_state *p = &s->items[s->count++];
		memset(p, 0, sizeof(*p));
		p->place_id = atoll(fld[0]);
		p->place = strdup(fld[1]);
		p->lat = atof(fld[2]);
		p->lon = atof(fld[3]);
		snprintf(p->kind, sizeof(p->kind), "%s", fld[4]);
		p->population = atoll(fld[5]);
		snprintf(p->side, sizeof(p->side), "%s", fld[6 + col]);
		snprintf(p->status, sizeof(p->status), "%s", strcmp(fld[6], fld[6 + col]) ? "changed" : "baseline");
		snprintf(p->level, sizeof(p->level), "assessed");
		p->since = d;
		p->sources = strdup("");
	}
	fclose(f);
	/* sorted by place_id, as the timeline gives it */
	for (size_t i = 1; i < s->count; i++)
		for (size_t k = i; k > 0 && s->items[k - 1].place_id > s->items[k].place_id; k--) {
			fl_place_state t = s->items[k];
			s->items[k] = s->items[k - 1];
			s->items[k - 1] = t;
		}
	s->narticles = 12;
	s->nclaims = 34;
	return s->count;
}

static void fixture_release(fl_state *s)
{
	for (size_t i = 0; i < s->count; i++) {
		free(s->items[i].place);
		free(s->items[i].sources);
	}
	free(s->items);
	memset(s, 0, sizeof(*s));
}

static fl_place_state *fixture_find(fl_state *s, const char *name)
{
	for (size_t i = 0; i < s->count; i++)
		if (strcmp(s->items[i].place, name) == 0)
			return &s->items[i];
	return NULL;
}

#endif
