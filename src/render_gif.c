/* SPDX-License-Identifier: MIT
 *
 * render_gif.c - an animated GIF of rendered days (giflib).
 *
 * Maps are flat colours, so a popularity palette works well: a histogram of colours at
 * 5 bits per channel, the 256 most common bins become the palette, and every bin maps to
 * its nearest palette entry. One global palette keeps the frames from flickering, and
 * frames are kept as 8-bit indexes (a quarter of the memory of ARGB) until written.
 * Written to an unnamed file in the output folder and linked in when whole (fl_outfile).
 */
#include "render.h"
#include "render_int.h"

#include <errno.h>
#include <gif_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bin_of(uint32_t px)
{
	return (int)(((px >> 19) & 31) << 10 | ((px >> 11) & 31) << 5 | ((px >> 3) & 31));
}

typedef struct bincount {
	int bin;
	size_t n;
} bincount;

static int cmp_count(const void *a, const void *b)
{
	const bincount *x = a, *y = b;
	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return x->bin - y->bin;
}

fl_status fli_gif_palette_build(fli_gif_palette *p, const uint32_t *const *frames, size_t nframes,
				size_t npx)
{
	bincount *hist = calloc(32768, sizeof(*hist));
	if (!hist)
		return FL_ENOMEM;
	for (int i = 0; i < 32768; i++)
		hist[i].bin = i;
	for (size_t f = 0; f < nframes; f++)
		for (size_t i = 0; i < npx; i++)
			hist[bin_of(frames[f][i])].n++;
	qsort(hist, 32768, sizeof(*hist), cmp_count);
	int ncol = 0;
	while (ncol < 256 && hist[ncol].n)
		ncol++;
	if (ncol < 1)
		ncol = 1;
	p->n = ncol;
	for (int i = 0; i < 256; i++) {
		int b = i < ncol ? hist[i].bin : 0;
		p->r[i] = ((b >> 10) & 31) * 255 / 31;
		p->g[i] = ((b >> 5) & 31) * 255 / 31;
		p->b[i] = (b & 31) * 255 / 31;
	}
	for (int b = 0; b < 32768; b++) {
		int r = ((b >> 10) & 31) * 255 / 31, g = ((b >> 5) & 31) * 255 / 31, bl = (b & 31) * 255 / 31;
		int best = 0, bd = 1 << 30;
		for (int i = 0; i < ncol; i++) {
			int dr = r - p->r[i], dg = g - p->g[i], db = bl - p->b[i];
			int dd = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
			if (dd < bd) {
				bd = dd;
				best = i;
			}
		}
		p->lut[b] = (unsigned char)best;
	}
	free(hist);
	return FL_OK;
}

void fli_gif_quantize(const fli_gif_palette *p, const uint32_t *argb, size_t npx, unsigned char *out)
{
	for (size_t i = 0; i < npx; i++)
		out[i] = p->lut[bin_of(argb[i])];
}

/* giflib's output function: into the fl_outfile's stream, the first errno kept. */
typedef struct gif_sink {
	FILE *f;
	int err;
} gif_sink;

static int gif_out(GifFileType *gf, const GifByteType *data, int len)
{
	gif_sink *k = gf->UserData;
	if (k->err || len < 0)
		return 0;
	if (fwrite(data, 1, (size_t)len, k->f) != (size_t)len) {
		k->err = errno ? errno : EIO;
		return 0;
	}
	return len;
}

fl_status fli_gif_write_indexed(const char *path, const fli_gif_palette *p,
				unsigned char *const *frames, size_t nframes, int width, int height,
				int delay_cs, fl_error *err)
{
	if (!nframes || width <= 0 || height <= 0 || width > 65535 || height > 65535)
		return fl_error_set(err, FL_EINVAL, path, 0, "nothing to animate");
	ColorMapObject *cmap = GifMakeMapObject(256, NULL);
	GifFileType *gf = NULL;
	int gerr = 0;
	fl_outfile of;
	fl_status rc = fl_outfile_open(&of, path, err);	/* unnamed until whole */
	gif_sink sink = { rc ? NULL : fl_outfile_stream(&of), 0 };
	if (rc)
		goto out;
	if (!sink.f || !cmap) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (int i = 0; i < 256; i++) {
		cmap->Colors[i].Red = (GifByteType)p->r[i];
		cmap->Colors[i].Green = (GifByteType)p->g[i];
		cmap->Colors[i].Blue = (GifByteType)p->b[i];
	}
	gf = EGifOpen(&sink, gif_out, &gerr);
	if (!gf) {
		rc = fl_error_set(err, FL_EIO, path, 0, "cannot write '%s': %s", path, GifErrorString(gerr));
		goto out;
	}
	EGifSetGifVersion(gf, true);
	if (EGifPutScreenDesc(gf, width, height, 8, 0, cmap) == GIF_ERROR)
		goto gif_fail;
	/* Loop forever (NETSCAPE2.0 application extension). */
	unsigned char loop[3] = { 1, 0, 0 };
	if (EGifPutExtensionLeader(gf, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
	    EGifPutExtensionBlock(gf, 11, "NETSCAPE2.0") == GIF_ERROR ||
	    EGifPutExtensionBlock(gf, 3, loop) == GIF_ERROR || EGifPutExtensionTrailer(gf) == GIF_ERROR)
		goto gif_fail;
	for (size_t f = 0; f < nframes; f++) {
		/* The last day stays up longer before the loop starts again. */
		GraphicsControlBlock gcb = { .DisposalMode = DISPOSAL_UNSPECIFIED,
					     .UserInputFlag = false,
					     .DelayTime = (f + 1 == nframes) ? delay_cs * 3 : delay_cs,
					     .TransparentColor = NO_TRANSPARENT_COLOR };
		GifByteType ext[4];
		size_t elen = EGifGCBToExtension(&gcb, ext);
		if (EGifPutExtension(gf, GRAPHICS_EXT_FUNC_CODE, (int)elen, ext) == GIF_ERROR ||
		    EGifPutImageDesc(gf, 0, 0, width, height, false, NULL) == GIF_ERROR)
			goto gif_fail;
		for (int y = 0; y < height; y++)
			if (EGifPutLine(gf, frames[f] + (size_t)y * (size_t)width, width) == GIF_ERROR)
				goto gif_fail;
	}
	int cerr = EGifCloseFile(gf, &gerr);
	gf = NULL;
	if (cerr == GIF_ERROR || sink.err) {
		rc = fl_error_set(err, FL_EIO, path, 0, "cannot write '%s': %s", path,
				  sink.err ? strerror(sink.err) : GifErrorString(gerr));
		goto out;
	}
	rc = fl_outfile_commit(&of, err);
	goto out;
gif_fail:
	rc = fl_error_set(err, FL_EIO, path, 0, "cannot write '%s': %s", path,
			  sink.err ? strerror(sink.err) : GifErrorString(gf->Error));
out:
	if (gf)
		EGifCloseFile(gf, &gerr);
	fl_outfile_discard(&of);
	if (cmap)
		GifFreeMapObject(cmap);
	return rc;
}

fl_status fl_gif_write(const char *path, uint32_t *const *frames, size_t nframes, int width,
		       int height, int delay_cs, fl_error *err)
{
	if (!nframes || width <= 0 || height <= 0)
		return fl_error_set(err, FL_EINVAL, path, 0, "nothing to animate");
	size_t npx = (size_t)width * (size_t)height;
	fli_gif_palette *p = malloc(sizeof(*p));
	unsigned char **idx = calloc(nframes, sizeof(*idx));
	fl_status rc = FL_OK;
	if (!p || !idx || fli_gif_palette_build(p, (const uint32_t *const *)frames, nframes, npx)) {
		rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
		goto out;
	}
	for (size_t f = 0; f < nframes; f++) {
		idx[f] = malloc(npx);
		if (!idx[f]) {
			rc = fl_error_set(err, FL_ENOMEM, NULL, 0, "out of memory");
			goto out;
		}
		fli_gif_quantize(p, frames[f], npx, idx[f]);
	}
	rc = fli_gif_write_indexed(path, p, idx, nframes, width, height, delay_cs, err);
out:
	if (idx)
		for (size_t f = 0; f < nframes; f++)
			free(idx[f]);
	free(idx);
	free(p);
	return rc;
}
