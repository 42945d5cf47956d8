/* SPDX-License-Identifier: MIT
 * check_util.c - dates, errors, atomic files, data location. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"
#include "mapdef.h"

START_TEST(date_roundtrip)
{
	/* Every day from 1900 to 2199 survives format -> parse. */
	fl_date a = fl_date_from_ymd(1900, 1, 1), b = fl_date_from_ymd(2199, 12, 31);
	char buf[11];
	for (fl_date d = a; d <= b; d++) {
		fl_date back;
		ck_assert_int_eq(fl_date_parse(fl_date_format(d, buf), &back), FL_OK);
		ck_assert_int_eq(back, d);
	}
	ck_assert_int_eq(fl_date_from_ymd(1970, 1, 1), 0);
	ck_assert_int_eq(fl_date_from_ymd(2024, 11, 27), 20054);
}
END_TEST

static const char *bad_dates[] = { "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10",
				   "24-11-27", "2024-11-27x", "2024/11/27", "", "2024-1-07" };

START_TEST(date_rejects)
{
	fl_date d;
	ck_assert_int_eq(fl_date_parse(bad_dates[_i], &d), FL_EINVAL);
}
END_TEST

START_TEST(date_weekday)
{
	/* 2024-11-27 was a Wednesday, 2024-12-05 a Thursday. */
	ck_assert_int_eq(fl_date_weekday(fl_date_from_ymd(2024, 11, 27)), 2);
	ck_assert_int_eq(fl_date_weekday(fl_date_from_ymd(2024, 12, 5)), 3);
	ck_assert_int_eq(fl_date_weekday(fl_date_from_ymd(1969, 12, 31)), 2);
	fl_date leap;
	ck_assert_int_eq(fl_date_parse("2024-02-29", &leap), FL_OK);
}
END_TEST

/* The tokenisers' locale-free tables say what isalnum() and tolower() say in the C
 * locale, for every byte. */
START_TEST(byte_tables)
{
	for (int c = 0; c < 256; c++) {
		bool alnum = c < 0x80 && isalnum(c);
		ck_assert_msg(fl_ascii_lower[c] == (alnum ? tolower(c) : 0), "fl_ascii_lower[%d]", c);
		ck_assert_msg(fl_ascii_alnum((unsigned char)c) == alnum, "fl_ascii_alnum(%d)", c);
		ck_assert_msg(fl_word_byte[c] == (alnum || c >= 0x80), "fl_word_byte[%d]", c);
	}
}
END_TEST

START_TEST(error_first_wins)
{
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_error_set(&e, FL_EIO, "a.txt", 3, "first %d", 1), FL_EIO);
	fl_error_set(&e, FL_EPARSE, "b.txt", 4, "second");
	ck_assert_int_eq(e.code, FL_EIO);
	ck_assert_str_eq(e.source, "a.txt");
	ck_assert_int_eq(e.line, 3);
	ck_assert_str_eq(e.text, "first 1");
	ck_assert_int_eq(fl_error_set(NULL, FL_ENOMEM, NULL, 0, "x"), FL_ENOMEM);
}
END_TEST

START_TEST(read_file_limits)
{
	char *dir = tu_tmpdir();
	char path[512];
	snprintf(path, sizeof(path), "%s/a.txt", dir);
	ck_assert_int_eq(tu_write_file(path, "hello", 5), 0);
	char *buf;
	size_t len;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_read_file(path, 100, &buf, &len, &e), FL_OK);
	ck_assert_str_eq(buf, "hello");
	free(buf);
	ck_assert_int_eq(fl_read_file(path, 4, &buf, &len, &e), FL_ELIMIT);
	ck_assert_ptr_null(buf);
	fl_error_clear(&e);
	ck_assert_int_eq(fl_read_file(dir, 100, &buf, &len, &e), FL_EIO);
	ck_assert_ptr_nonnull(strstr(e.text, "directory"));
	fl_error_clear(&e);
	snprintf(path, sizeof(path), "%s/missing.txt", dir);
	ck_assert_int_eq(fl_read_file(path, 100, &buf, &len, &e), FL_ENOTFOUND);
	ck_assert_ptr_nonnull(strstr(e.text, "missing.txt"));
	tu_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(atomic_commit)
{
	char *dir = tu_tmpdir();
	char final[512];
	snprintf(final, sizeof(final), "%s/map.png", dir);
	ck_assert_int_eq(tu_write_file(final, "old", 3), 0);
	char *tmp = fl_tmp_path(final);
	ck_assert_ptr_nonnull(strstr(tmp, ".png"));
	ck_assert_int_eq(tu_write_file(tmp, "new", 3), 0);
	/* Until the commit, readers see the old file. */
	char *buf;
	size_t len;
	ck_assert_int_eq(fl_read_file(final, 10, &buf, &len, NULL), FL_OK);
	ck_assert_str_eq(buf, "old");
	free(buf);
	ck_assert_int_eq(fl_commit_file(tmp, final, NULL), FL_OK);
	ck_assert_int_eq(fl_read_file(final, 10, &buf, &len, NULL), FL_OK);
	ck_assert_str_eq(buf, "new");
	ck_assert_int_ne(access(tmp, F_OK), 0);
	free(buf);
	free(tmp);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(map_default_loads)
{
	char *p = fl_data_path("maps/syria.json");
	fl_map *m;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_msg(fl_map_load(p, &m, &e) == FL_OK, "%s", e.text);
	ck_assert_str_eq(m->countries[0], "SY");
	ck_assert(m->extent[0] < 36.0 && m->extent[2] > 42.0);
	ck_assert_int_ne(m->baseline_date, FL_DATE_NONE);
	fl_map_free(m);
	free(p);
}
END_TEST

START_TEST(map_malformed_names_line)
{
	char *dir = tu_tmpdir();
	char path[512];
	snprintf(path, sizeof(path), "%s/bad.json", dir);
	const char *txt = "{\n  \"name\": \"x\",\n  \"extent\": [1, 2,, 3]\n}\n";
	ck_assert_int_eq(tu_write_file(path, txt, strlen(txt)), 0);
	fl_map *m;
	fl_error e;
	fl_error_clear(&e);
	ck_assert_int_eq(fl_map_load(path, &m, &e), FL_EPARSE);
	ck_assert_ptr_null(m);
	ck_assert_int_eq(e.line, 3);
	ck_assert_ptr_nonnull(strstr(e.text, "bad.json"));
	tu_rmtree(dir);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, date_roundtrip);
	tcase_add_loop_test(tc, date_rejects, 0, sizeof(bad_dates) / sizeof(bad_dates[0]));
	tcase_add_test(tc, date_weekday);
	tcase_add_test(tc, byte_tables);
	tcase_add_test(tc, error_first_wins);
	tcase_add_test(tc, read_file_limits);
	tcase_add_test(tc, atomic_commit);
	tcase_add_test(tc, map_default_loads);
	tcase_add_test(tc, map_malformed_names_line);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
