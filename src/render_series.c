/* SPDX-License-Identifier: MIT
 *
 * render_series.c - one map per day on all cores, and the animated GIF of the series.
 *
 * Worker threads take the next day from a shared counter and draw it in every format
 * asked for, through the one fl_renderer (which only reads its cached base layers).
 * The calling thread waits and reports progress. The GIF palette is chosen from the
 * first and last days before the workers start, so each worker quantises its own frame
 * to 8 bits at once and the series never holds full-colour frames.
 */
#include "render.h"
#include "render_int.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct job {
	fl_renderer *r;
	const fl_state *states;
	size_t n;
	const fl_state *before;
	const char *outdir;
	const fl_series_opts *o;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	size_t next;		/* next day to take */
	size_t done;		/* days finished */
	int running;		/* workers not yet finished */
	fl_status rc;		/* first failure */
	fl_error err;		/* its detail */
	fli_gif_palette *pal;	/* NULL: no GIF */
	unsigned char **idx;	/* quantised frames */
	int gw, gh;		/* GIF size */
} job;

static const fl_state *day_before(const job *j, size_t i)
{
	return i ? &j->states[i - 1] : j->before;
}

static fl_status gif_frame(job *j, size_t i, fl_error *err)
{
	uint32_t *px;
	fl_status rc = fl_renderer_draw_argb(j->r, &j->states[i], day_before(j, i), j->gw, j->gh, &px, err);
	if (rc)
		return rc;
	size_t npx = (size_t)j->gw * (size_t)j->gh;
	j->idx[i] = malloc(npx);
	if (!j->idx[i]) {
		free(px);
		return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
	}
	fli_gif_quantize(j->pal, px, npx, j->idx[i]);
	free(px);
	return FL_OK;
}

static fl_status one_day(job *j, size_t i, fl_error *err)
{
	char date[16];
	fl_date_format(j->states[i].date, date);
	const char *const *fmts = j->o->formats;
	static const char *const png_only[] = { "png" };
	size_t nf = j->o->nformats;
	if (!fmts || !nf) {
		fmts = png_only;
		nf = 1;
	}
	for (size_t f = 0; f < nf; f++) {
		size_t len = strlen(j->outdir) + strlen(fmts[f]) + 20;
		char *path = malloc(len);
		if (!path)
			return fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		snprintf(path, len, "%s/%s.%s", j->outdir, date, fmts[f]);
		fl_render_opts ro = { 0 };
		if (j->o->render)
			ro = *j->o->render;
		ro.report = NULL;
		ro.format = fmts[f];
		fl_status rc = fl_renderer_draw(j->r, &j->states[i], day_before(j, i), &ro, path, err);
		free(path);
		if (rc)
			return rc;
	}
	if (j->pal && !j->idx[i])
		return gif_frame(j, i, err);
	return FL_OK;
}

static void *worker(void *arg)
{
	job *j = arg;
	for (;;) {
		pthread_mutex_lock(&j->lock);
		size_t i = j->next++;
		bool stop = i >= j->n || j->rc != FL_OK;
		pthread_mutex_unlock(&j->lock);
		if (stop)
			break;
		fl_error e = { 0 };
		fl_status rc = one_day(j, i, &e);
		pthread_mutex_lock(&j->lock);
		if (rc && !j->rc) {
			j->rc = rc;
			j->err = e;
		}
		j->done++;
		pthread_cond_signal(&j->cond);
		pthread_mutex_unlock(&j->lock);
	}
	pthread_mutex_lock(&j->lock);
	j->running--;
	pthread_cond_signal(&j->cond);
	pthread_mutex_unlock(&j->lock);
	return NULL;
}

fl_status fl_renderer_series(fl_renderer *r, const fl_state *states, size_t n,
			     const fl_state *before, const char *outdir, const fl_series_opts *o,
			     fl_error *err)
{
	static const fl_series_opts defaults = { 0 };
	if (!o)
		o = &defaults;
	if (!n)
		return fl_error_set(err, FL_EINVAL, NULL, 0, "no days to draw");
	for (size_t f = 0; f < o->nformats; f++)
		if (strcmp(o->formats[f], "png") && strcmp(o->formats[f], "pdf") && strcmp(o->formats[f], "svg"))
			return fl_error_set(err, FL_EUSAGE, NULL, 0, "unknown format '%s': use png, pdf or svg",
					    o->formats[f]);
	job j = { 0 };
	j.r = r;
	j.states = states;
	j.n = n;
	j.before = before;
	j.outdir = outdir;
	j.o = o;
	pthread_mutex_init(&j.lock, NULL);
	pthread_cond_init(&j.cond, NULL);
	fl_status rc = FL_OK;
	pthread_t *th = NULL;
	int nth = o->threads > 0 ? o->threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (nth < 1)
		nth = 1;
	if ((size_t)nth > n)
		nth = (int)n;

	if (o->gif_path) {
		j.gw = o->gif_width > 0 ? o->gif_width : 900;
		j.gh = (int)(j.gw * 595.0 / 842.0);
		j.pal = malloc(sizeof(*j.pal));
		j.idx = calloc(n, sizeof(*j.idx));
		if (!j.pal || !j.idx) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		/* Palette from the first and the last day. */
		uint32_t *f0 = NULL, *f1 = NULL;
		if ((rc = fl_renderer_draw_argb(r, &states[0], before, j.gw, j.gh, &f0, err)))
			goto out;
		if ((rc = fl_renderer_draw_argb(r, &states[n - 1], n > 1 ? &states[n - 2] : before, j.gw, j.gh, &f1,
						err))) {
			free(f0);
			goto out;
		}
		const uint32_t *fr[2] = { f0, f1 };
		size_t npx = (size_t)j.gw * (size_t)j.gh;
		rc = fli_gif_palette_build(j.pal, fr, 2, npx);
		j.idx[0] = rc ? NULL : malloc(npx);
		j.idx[n - 1] = rc || n == 1 ? j.idx[n - 1] : malloc(npx);
		if (rc || !j.idx[0] || !j.idx[n - 1]) {
			free(f0);
			free(f1);
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		fli_gif_quantize(j.pal, f0, npx, j.idx[0]);
		if (n > 1)
			fli_gif_quantize(j.pal, f1, npx, j.idx[n - 1]);
		free(f0);
		free(f1);
	}

	th = calloc((size_t)nth, sizeof(*th));
	if (!th) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	int started = 0;
	j.running = nth;
	for (; started < nth; started++)
		if (pthread_create(&th[started], NULL, worker, &j) != 0)
			break;
	pthread_mutex_lock(&j.lock);
	j.running -= nth - started;
	pthread_mutex_unlock(&j.lock);
	if (!started) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "cannot start a drawing thread");
		goto out;
	}
	pthread_mutex_lock(&j.lock);
	size_t reported = 0;
	while (j.running > 0 || j.done > reported) {
		if (j.done == reported) {
			pthread_cond_wait(&j.cond, &j.lock);
			continue;
		}
		reported = j.done;
		if (o->progress && !j.rc) {
			pthread_mutex_unlock(&j.lock);
			o->progress(reported, n, o->ud);
			pthread_mutex_lock(&j.lock);
		}
	}
	pthread_mutex_unlock(&j.lock);
	for (int t = 0; t < started; t++)
		pthread_join(th[t], NULL);
	if (j.rc) {
		rc = j.rc;
		if (err && !err->code)
			*err = j.err;
		goto out;
	}
	if (o->gif_path)
		rc = fli_gif_write_indexed(o->gif_path, j.pal, j.idx, n, j.gw, j.gh,
					   o->gif_delay_cs > 0 ? o->gif_delay_cs : 70, err);
out:
	free(th);
	if (j.idx)
		for (size_t i = 0; i < n; i++)
			free(j.idx[i]);
	free(j.idx);
	free(j.pal);
	pthread_mutex_destroy(&j.lock);
	pthread_cond_destroy(&j.cond);
	return rc;
}
