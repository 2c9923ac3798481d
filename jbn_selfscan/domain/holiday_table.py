"""Dutch holidays per policy and year, made from the `holidays` package: do not edit.

Made by `python -m jbn_selfscan.domain.holiday_table_build` (see that module). One line per
day off: ISO date, a space, the Dutch name(s).
"""

HOLIDAYS_VERSION = "0.108"

ATW = """\
1966-01-01 Nieuwjaarsdag
1966-04-08 Goede vrijdag
1966-04-11 Tweede paasdag
1966-04-30 Koninginnedag
1966-05-19 Hemelvaartsdag
1966-05-30 Tweede pinksterdag
1966-12-25 Eerste kerstdag
1966-12-26 Tweede kerstdag
1967-01-01 Nieuwjaarsdag
1967-03-24 Goede vrijdag
1967-03-27 Tweede paasdag
1967-05-01 Koninginnedag
1967-05-04 Hemelvaartsdag
1967-05-15 Tweede pinksterdag
1967-12-25 Eerste kerstdag
1967-12-26 Tweede kerstdag
1968-01-01 Nieuwjaarsdag
1968-04-12 Goede vrijdag
1968-04-15 Tweede paasdag
1968-04-30 Koninginnedag
1968-05-23 Hemelvaartsdag
1968-06-03 Tweede pinksterdag
1968-12-25 Eerste kerstdag
1968-12-26 Tweede kerstdag
1969-01-01 Nieuwjaarsdag
1969-04-04 Goede vrijdag
1969-04-07 Tweede paasdag
1969-04-30 Koninginnedag
1969-05-15 Hemelvaartsdag
1969-05-26 Tweede pinksterdag
1969-12-25 Eerste kerstdag
1969-12-26 Tweede kerstdag
1970-01-01 Nieuwjaarsdag
1970-03-27 Goede vrijdag
1970-03-30 Tweede paasdag
1970-04-30 Koninginnedag
1970-05-05 Bevrijdingsdag
1970-05-07 Hemelvaartsdag
1970-05-18 Tweede pinksterdag
1970-12-25 Eerste kerstdag
1970-12-26 Tweede kerstdag
1971-01-01 Nieuwjaarsdag
1971-04-09 Goede vrijdag
1971-04-12 Tweede paasdag
1971-04-30 Koninginnedag
1971-05-20 Hemelvaartsdag
1971-05-31 Tweede pinksterdag
1971-12-25 Eerste kerstdag
1971-12-26 Tweede kerstdag
1972-01-01 Nieuwjaarsdag
1972-03-31 Goede vrijdag
1972-04-03 Tweede paasdag
1972-05-01 Koninginnedag
1972-05-11 Hemelvaartsdag
1972-05-22 Tweede pinksterdag
1972-12-25 Eerste kerstdag
1972-12-26 Tweede kerstdag
1973-01-01 Nieuwjaarsdag
1973-04-20 Goede vrijdag
1973-04-23 Tweede paasdag
1973-04-30 Koninginnedag
1973-05-31 Hemelvaartsdag
1973-06-11 Tweede pinksterdag
1973-12-25 Eerste kerstdag
1973-12-26 Tweede kerstdag
1974-01-01 Nieuwjaarsdag
1974-04-12 Goede vrijdag
1974-04-15 Tweede paasdag
1974-04-30 Koninginnedag
1974-05-23 Hemelvaartsdag
1974-06-03 Tweede pinksterdag
1974-12-25 Eerste kerstdag
1974-12-26 Tweede kerstdag
1975-01-01 Nieuwjaarsdag
1975-03-28 Goede vrijdag
1975-03-31 Tweede paasdag
1975-04-30 Koninginnedag
1975-05-05 Bevrijdingsdag
1975-05-08 Hemelvaartsdag
1975-05-19 Tweede pinksterdag
1975-12-25 Eerste kerstdag
1975-12-26 Tweede kerstdag
1976-01-01 Nieuwjaarsdag
1976-04-16 Goede vrijdag
1976-04-19 Tweede paasdag
1976-04-30 Koninginnedag
1976-05-27 Hemelvaartsdag
1976-06-07 Tweede pinksterdag
1976-12-25 Eerste kerstdag
1976-12-26 Tweede kerstdag
1977-01-01 Nieuwjaarsdag
1977-04-08 Goede vrijdag
1977-04-11 Tweede paasdag
1977-04-30 Koninginnedag
1977-05-19 Hemelvaartsdag
1977-05-30 Tweede pinksterdag
1977-12-25 Eerste kerstdag
1977-12-26 Tweede kerstdag
1978-01-01 Nieuwjaarsdag
1978-03-24 Goede vrijdag
1978-03-27 Tweede paasdag
1978-05-01 Koninginnedag
1978-05-04 Hemelvaartsdag
1978-05-15 Tweede pinksterdag
1978-12-25 Eerste kerstdag
1978-12-26 Tweede kerstdag
1979-01-01 Nieuwjaarsdag
1979-04-13 Goede vrijdag
1979-04-16 Tweede paasdag
1979-04-30 Koninginnedag
1979-05-24 Hemelvaartsdag
1979-06-04 Tweede pinksterdag
1979-12-25 Eerste kerstdag
1979-12-26 Tweede kerstdag
1980-01-01 Nieuwjaarsdag
1980-04-04 Goede vrijdag
1980-04-07 Tweede paasdag
1980-04-30 Koninginnedag
1980-05-05 Bevrijdingsdag
1980-05-15 Hemelvaartsdag
1980-05-26 Tweede pinksterdag
1980-12-25 Eerste kerstdag
1980-12-26 Tweede kerstdag
1981-01-01 Nieuwjaarsdag
1981-04-17 Goede vrijdag
1981-04-20 Tweede paasdag
1981-04-30 Koninginnedag
1981-05-28 Hemelvaartsdag
1981-06-08 Tweede pinksterdag
1981-12-25 Eerste kerstdag
1981-12-26 Tweede kerstdag
1982-01-01 Nieuwjaarsdag
1982-04-09 Goede vrijdag
1982-04-12 Tweede paasdag
1982-04-30 Koninginnedag
1982-05-05 Bevrijdingsdag
1982-05-20 Hemelvaartsdag
1982-05-31 Tweede pinksterdag
1982-12-25 Eerste kerstdag
1982-12-26 Tweede kerstdag
1983-01-01 Nieuwjaarsdag
1983-04-01 Goede vrijdag
1983-04-04 Tweede paasdag
1983-04-30 Koninginnedag
1983-05-05 Bevrijdingsdag
1983-05-12 Hemelvaartsdag
1983-05-23 Tweede pinksterdag
1983-12-25 Eerste kerstdag
1983-12-26 Tweede kerstdag
1984-01-01 Nieuwjaarsdag
1984-04-20 Goede vrijdag
1984-04-23 Tweede paasdag
1984-04-30 Koninginnedag
1984-05-05 Bevrijdingsdag
1984-05-31 Hemelvaartsdag
1984-06-11 Tweede pinksterdag
1984-12-25 Eerste kerstdag
1984-12-26 Tweede kerstdag
1985-01-01 Nieuwjaarsdag
1985-04-05 Goede vrijdag
1985-04-08 Tweede paasdag
1985-04-30 Koninginnedag
1985-05-05 Bevrijdingsdag
1985-05-16 Hemelvaartsdag
1985-05-27 Tweede pinksterdag
1985-12-25 Eerste kerstdag
1985-12-26 Tweede kerstdag
1986-01-01 Nieuwjaarsdag
1986-03-28 Goede vrijdag
1986-03-31 Tweede paasdag
1986-04-30 Koninginnedag
1986-05-05 Bevrijdingsdag
1986-05-08 Hemelvaartsdag
1986-05-19 Tweede pinksterdag
1986-12-25 Eerste kerstdag
1986-12-26 Tweede kerstdag
1987-01-01 Nieuwjaarsdag
1987-04-17 Goede vrijdag
1987-04-20 Tweede paasdag
1987-04-30 Koninginnedag
1987-05-05 Bevrijdingsdag
1987-05-28 Hemelvaartsdag
1987-06-08 Tweede pinksterdag
1987-12-25 Eerste kerstdag
1987-12-26 Tweede kerstdag
1988-01-01 Nieuwjaarsdag
1988-04-01 Goede vrijdag
1988-04-04 Tweede paasdag
1988-04-30 Koninginnedag
1988-05-05 Bevrijdingsdag
1988-05-12 Hemelvaartsdag
1988-05-23 Tweede pinksterdag
1988-12-25 Eerste kerstdag
1988-12-26 Tweede kerstdag
1989-01-01 Nieuwjaarsdag
1989-03-24 Goede vrijdag
1989-03-27 Tweede paasdag
1989-04-29 Koninginnedag
1989-05-04 Hemelvaartsdag
1989-05-05 Bevrijdingsdag
1989-05-15 Tweede pinksterdag
1989-12-25 Eerste kerstdag
1989-12-26 Tweede kerstdag
1990-01-01 Nieuwjaarsdag
1990-04-13 Goede vrijdag
1990-04-16 Tweede paasdag
1990-04-30 Koninginnedag
1990-05-05 Bevrijdingsdag
1990-05-24 Hemelvaartsdag
1990-06-04 Tweede pinksterdag
1990-12-25 Eerste kerstdag
1990-12-26 Tweede kerstdag
1991-01-01 Nieuwjaarsdag
1991-03-29 Goede vrijdag
1991-04-01 Tweede paasdag
1991-04-30 Koninginnedag
1991-05-05 Bevrijdingsdag
1991-05-09 Hemelvaartsdag
1991-05-20 Tweede pinksterdag
1991-12-25 Eerste kerstdag
1991-12-26 Tweede kerstdag
1992-01-01 Nieuwjaarsdag
1992-04-17 Goede vrijdag
1992-04-20 Tweede paasdag
1992-04-30 Koninginnedag
1992-05-05 Bevrijdingsdag
1992-05-28 Hemelvaartsdag
1992-06-08 Tweede pinksterdag
1992-12-25 Eerste kerstdag
1992-12-26 Tweede kerstdag
1993-01-01 Nieuwjaarsdag
1993-04-09 Goede vrijdag
1993-04-12 Tweede paasdag
1993-04-30 Koninginnedag
1993-05-05 Bevrijdingsdag
1993-05-20 Hemelvaartsdag
1993-05-31 Tweede pinksterdag
1993-12-25 Eerste kerstdag
1993-12-26 Tweede kerstdag
1994-01-01 Nieuwjaarsdag
1994-04-01 Goede vrijdag
1994-04-04 Tweede paasdag
1994-04-30 Koninginnedag
1994-05-05 Bevrijdingsdag
1994-05-12 Hemelvaartsdag
1994-05-23 Tweede pinksterdag
1994-12-25 Eerste kerstdag
1994-12-26 Tweede kerstdag
1995-01-01 Nieuwjaarsdag
1995-04-14 Goede vrijdag
1995-04-17 Tweede paasdag
1995-04-29 Koninginnedag
1995-05-05 Bevrijdingsdag
1995-05-25 Hemelvaartsdag
1995-06-05 Tweede pinksterdag
1995-12-25 Eerste kerstdag
1995-12-26 Tweede kerstdag
1996-01-01 Nieuwjaarsdag
1996-04-05 Goede vrijdag
1996-04-08 Tweede paasdag
1996-04-30 Koninginnedag
1996-05-05 Bevrijdingsdag
1996-05-16 Hemelvaartsdag
1996-05-27 Tweede pinksterdag
1996-12-25 Eerste kerstdag
1996-12-26 Tweede kerstdag
1997-01-01 Nieuwjaarsdag
1997-03-28 Goede vrijdag
1997-03-31 Tweede paasdag
1997-04-30 Koninginnedag
1997-05-05 Bevrijdingsdag
1997-05-08 Hemelvaartsdag
1997-05-19 Tweede pinksterdag
1997-12-25 Eerste kerstdag
1997-12-26 Tweede kerstdag
1998-01-01 Nieuwjaarsdag
1998-04-10 Goede vrijdag
1998-04-13 Tweede paasdag
1998-04-30 Koninginnedag
1998-05-05 Bevrijdingsdag
1998-05-21 Hemelvaartsdag
1998-06-01 Tweede pinksterdag
1998-12-25 Eerste kerstdag
1998-12-26 Tweede kerstdag
1999-01-01 Nieuwjaarsdag
1999-04-02 Goede vrijdag
1999-04-05 Tweede paasdag
1999-04-30 Koninginnedag
1999-05-05 Bevrijdingsdag
1999-05-13 Hemelvaartsdag
1999-05-24 Tweede pinksterdag
1999-12-25 Eerste kerstdag
1999-12-26 Tweede kerstdag
2000-01-01 Nieuwjaarsdag
2000-04-21 Goede vrijdag
2000-04-24 Tweede paasdag
2000-04-29 Koninginnedag
2000-05-05 Bevrijdingsdag
2000-06-01 Hemelvaartsdag
2000-06-12 Tweede pinksterdag
2000-12-25 Eerste kerstdag
2000-12-26 Tweede kerstdag
2001-01-01 Nieuwjaarsdag
2001-04-13 Goede vrijdag
2001-04-16 Tweede paasdag
2001-04-30 Koninginnedag
2001-05-05 Bevrijdingsdag
2001-05-24 Hemelvaartsdag
2001-06-04 Tweede pinksterdag
2001-12-25 Eerste kerstdag
2001-12-26 Tweede kerstdag
2002-01-01 Nieuwjaarsdag
2002-03-29 Goede vrijdag
2002-04-01 Tweede paasdag
2002-04-30 Koninginnedag
2002-05-05 Bevrijdingsdag
2002-05-09 Hemelvaartsdag
2002-05-20 Tweede pinksterdag
2002-12-25 Eerste kerstdag
2002-12-26 Tweede kerstdag
2003-01-01 Nieuwjaarsdag
2003-04-18 Goede vrijdag
2003-04-21 Tweede paasdag
2003-04-30 Koninginnedag
2003-05-05 Bevrijdingsdag
2003-05-29 Hemelvaartsdag
2003-06-09 Tweede pinksterdag
2003-12-25 Eerste kerstdag
2003-12-26 Tweede kerstdag
2004-01-01 Nieuwjaarsdag
2004-04-09 Goede vrijdag
2004-04-12 Tweede paasdag
2004-04-30 Koninginnedag
2004-05-05 Bevrijdingsdag
2004-05-20 Hemelvaartsdag
2004-05-31 Tweede pinksterdag
2004-12-25 Eerste kerstdag
2004-12-26 Tweede kerstdag
2005-01-01 Nieuwjaarsdag
2005-03-25 Goede vrijdag
2005-03-28 Tweede paasdag
2005-04-30 Koninginnedag
2005-05-05 Bevrijdingsdag en Hemelvaartsdag
2005-05-16 Tweede pinksterdag
2005-12-25 Eerste kerstdag
2005-12-26 Tweede kerstdag
2006-01-01 Nieuwjaarsdag
2006-04-14 Goede vrijdag
2006-04-17 Tweede paasdag
2006-04-29 Koninginnedag
2006-05-05 Bevrijdingsdag
2006-05-25 Hemelvaartsdag
2006-06-05 Tweede pinksterdag
2006-12-25 Eerste kerstdag
2006-12-26 Tweede kerstdag
2007-01-01 Nieuwjaarsdag
2007-04-06 Goede vrijdag
2007-04-09 Tweede paasdag
2007-04-30 Koninginnedag
2007-05-05 Bevrijdingsdag
2007-05-17 Hemelvaartsdag
2007-05-28 Tweede pinksterdag
2007-12-25 Eerste kerstdag
2007-12-26 Tweede kerstdag
2008-01-01 Nieuwjaarsdag
2008-03-21 Goede vrijdag
2008-03-24 Tweede paasdag
2008-04-30 Koninginnedag
2008-05-01 Hemelvaartsdag
2008-05-05 Bevrijdingsdag
2008-05-12 Tweede pinksterdag
2008-12-25 Eerste kerstdag
2008-12-26 Tweede kerstdag
2009-01-01 Nieuwjaarsdag
2009-04-10 Goede vrijdag
2009-04-13 Tweede paasdag
2009-04-30 Koninginnedag
2009-05-05 Bevrijdingsdag
2009-05-21 Hemelvaartsdag
2009-06-01 Tweede pinksterdag
2009-12-25 Eerste kerstdag
2009-12-26 Tweede kerstdag
2010-01-01 Nieuwjaarsdag
2010-04-02 Goede vrijdag
2010-04-05 Tweede paasdag
2010-04-30 Koninginnedag
2010-05-05 Bevrijdingsdag
2010-05-13 Hemelvaartsdag
2010-05-24 Tweede pinksterdag
2010-12-25 Eerste kerstdag
2010-12-26 Tweede kerstdag
2011-01-01 Nieuwjaarsdag
2011-04-22 Goede vrijdag
2011-04-25 Tweede paasdag
2011-04-30 Koninginnedag
2011-05-05 Bevrijdingsdag
2011-06-02 Hemelvaartsdag
2011-06-13 Tweede pinksterdag
2011-12-25 Eerste kerstdag
2011-12-26 Tweede kerstdag
2012-01-01 Nieuwjaarsdag
2012-04-06 Goede vrijdag
2012-04-09 Tweede paasdag
2012-04-30 Koninginnedag
2012-05-05 Bevrijdingsdag
2012-05-17 Hemelvaartsdag
2012-05-28 Tweede pinksterdag
2012-12-25 Eerste kerstdag
2012-12-26 Tweede kerstdag
2013-01-01 Nieuwjaarsdag
2013-03-29 Goede vrijdag
2013-04-01 Tweede paasdag
2013-04-30 Koninginnedag
2013-05-05 Bevrijdingsdag
2013-05-09 Hemelvaartsdag
2013-05-20 Tweede pinksterdag
2013-12-25 Eerste kerstdag
2013-12-26 Tweede kerstdag
2014-01-01 Nieuwjaarsdag
2014-04-18 Goede vrijdag
2014-04-21 Tweede paasdag
2014-04-26 Koningsdag
2014-05-05 Bevrijdingsdag
2014-05-29 Hemelvaartsdag
2014-06-09 Tweede pinksterdag
2014-12-25 Eerste kerstdag
2014-12-26 Tweede kerstdag
2015-01-01 Nieuwjaarsdag
2015-04-03 Goede vrijdag
2015-04-06 Tweede paasdag
2015-04-27 Koningsdag
2015-05-05 Bevrijdingsdag
2015-05-14 Hemelvaartsdag
2015-05-25 Tweede pinksterdag
2015-12-25 Eerste kerstdag
2015-12-26 Tweede kerstdag
2016-01-01 Nieuwjaarsdag
2016-03-25 Goede vrijdag
2016-03-28 Tweede paasdag
2016-04-27 Koningsdag
2016-05-05 Bevrijdingsdag en Hemelvaartsdag
2016-05-16 Tweede pinksterdag
2016-12-25 Eerste kerstdag
2016-12-26 Tweede kerstdag
2017-01-01 Nieuwjaarsdag
2017-04-14 Goede vrijdag
2017-04-17 Tweede paasdag
2017-04-27 Koningsdag
2017-05-05 Bevrijdingsdag
2017-05-25 Hemelvaartsdag
2017-06-05 Tweede pinksterdag
2017-12-25 Eerste kerstdag
2017-12-26 Tweede kerstdag
2018-01-01 Nieuwjaarsdag
2018-03-30 Goede vrijdag
2018-04-02 Tweede paasdag
2018-04-27 Koningsdag
2018-05-05 Bevrijdingsdag
2018-05-10 Hemelvaartsdag
2018-05-21 Tweede pinksterdag
2018-12-25 Eerste kerstdag
2018-12-26 Tweede kerstdag
2019-01-01 Nieuwjaarsdag
2019-04-19 Goede vrijdag
2019-04-22 Tweede paasdag
2019-04-27 Koningsdag
2019-05-05 Bevrijdingsdag
2019-05-30 Hemelvaartsdag
2019-06-10 Tweede pinksterdag
2019-12-25 Eerste kerstdag
2019-12-26 Tweede kerstdag
2020-01-01 Nieuwjaarsdag
2020-04-10 Goede vrijdag
2020-04-13 Tweede paasdag
2020-04-27 Koningsdag
2020-05-05 Bevrijdingsdag
2020-05-21 Hemelvaartsdag
2020-06-01 Tweede pinksterdag
2020-12-25 Eerste kerstdag
2020-12-26 Tweede kerstdag
2021-01-01 Nieuwjaarsdag
2021-04-02 Goede vrijdag
2021-04-05 Tweede paasdag
2021-04-27 Koningsdag
2021-05-05 Bevrijdingsdag
2021-05-13 Hemelvaartsdag
2021-05-24 Tweede pinksterdag
2021-12-25 Eerste kerstdag
2021-12-26 Tweede kerstdag
2022-01-01 Nieuwjaarsdag
2022-04-15 Goede vrijdag
2022-04-18 Tweede paasdag
2022-04-27 Koningsdag
2022-05-05 Bevrijdingsdag
2022-05-26 Hemelvaartsdag
2022-06-06 Tweede pinksterdag
2022-12-25 Eerste kerstdag
2022-12-26 Tweede kerstdag
2023-01-01 Nieuwjaarsdag
2023-04-07 Goede vrijdag
2023-04-10 Tweede paasdag
2023-04-27 Koningsdag
2023-05-05 Bevrijdingsdag
2023-05-18 Hemelvaartsdag
2023-05-29 Tweede pinksterdag
2023-12-25 Eerste kerstdag
2023-12-26 Tweede kerstdag
2024-01-01 Nieuwjaarsdag
2024-03-29 Goede vrijdag
2024-04-01 Tweede paasdag
2024-04-27 Koningsdag
2024-05-05 Bevrijdingsdag
2024-05-09 Hemelvaartsdag
2024-05-20 Tweede pinksterdag
2024-12-25 Eerste kerstdag
2024-12-26 Tweede kerstdag
2025-01-01 Nieuwjaarsdag
2025-04-18 Goede vrijdag
2025-04-21 Tweede paasdag
2025-04-26 Koningsdag
2025-05-05 Bevrijdingsdag
2025-05-29 Hemelvaartsdag
2025-06-09 Tweede pinksterdag
2025-12-25 Eerste kerstdag
2025-12-26 Tweede kerstdag
2026-01-01 Nieuwjaarsdag
2026-04-03 Goede vrijdag
2026-04-06 Tweede paasdag
2026-04-27 Koningsdag
2026-05-05 Bevrijdingsdag
2026-05-14 Hemelvaartsdag
2026-05-25 Tweede pinksterdag
2026-12-25 Eerste kerstdag
2026-12-26 Tweede kerstdag
2027-01-01 Nieuwjaarsdag
2027-03-26 Goede vrijdag
2027-03-29 Tweede paasdag
2027-04-27 Koningsdag
2027-05-05 Bevrijdingsdag
2027-05-06 Hemelvaartsdag
2027-05-17 Tweede pinksterdag
2027-12-25 Eerste kerstdag
2027-12-26 Tweede kerstdag
2028-01-01 Nieuwjaarsdag
2028-04-14 Goede vrijdag
2028-04-17 Tweede paasdag
2028-04-27 Koningsdag
2028-05-05 Bevrijdingsdag
2028-05-25 Hemelvaartsdag
2028-06-05 Tweede pinksterdag
2028-12-25 Eerste kerstdag
2028-12-26 Tweede kerstdag
2029-01-01 Nieuwjaarsdag
2029-03-30 Goede vrijdag
2029-04-02 Tweede paasdag
2029-04-27 Koningsdag
2029-05-05 Bevrijdingsdag
2029-05-10 Hemelvaartsdag
2029-05-21 Tweede pinksterdag
2029-12-25 Eerste kerstdag
2029-12-26 Tweede kerstdag
2030-01-01 Nieuwjaarsdag
2030-04-19 Goede vrijdag
2030-04-22 Tweede paasdag
2030-04-27 Koningsdag
2030-05-05 Bevrijdingsdag
2030-05-30 Hemelvaartsdag
2030-06-10 Tweede pinksterdag
2030-12-25 Eerste kerstdag
2030-12-26 Tweede kerstdag
2031-01-01 Nieuwjaarsdag
2031-04-11 Goede vrijdag
2031-04-14 Tweede paasdag
2031-04-26 Koningsdag
2031-05-05 Bevrijdingsdag
2031-05-22 Hemelvaartsdag
2031-06-02 Tweede pinksterdag
2031-12-25 Eerste kerstdag
2031-12-26 Tweede kerstdag
2032-01-01 Nieuwjaarsdag
2032-03-26 Goede vrijdag
2032-03-29 Tweede paasdag
2032-04-27 Koningsdag
2032-05-05 Bevrijdingsdag
2032-05-06 Hemelvaartsdag
2032-05-17 Tweede pinksterdag
2032-12-25 Eerste kerstdag
2032-12-26 Tweede kerstdag
2033-01-01 Nieuwjaarsdag
2033-04-15 Goede vrijdag
2033-04-18 Tweede paasdag
2033-04-27 Koningsdag
2033-05-05 Bevrijdingsdag
2033-05-26 Hemelvaartsdag
2033-06-06 Tweede pinksterdag
2033-12-25 Eerste kerstdag
2033-12-26 Tweede kerstdag
2034-01-01 Nieuwjaarsdag
2034-04-07 Goede vrijdag
2034-04-10 Tweede paasdag
2034-04-27 Koningsdag
2034-05-05 Bevrijdingsdag
2034-05-18 Hemelvaartsdag
2034-05-29 Tweede pinksterdag
2034-12-25 Eerste kerstdag
2034-12-26 Tweede kerstdag
2035-01-01 Nieuwjaarsdag
2035-03-23 Goede vrijdag
2035-03-26 Tweede paasdag
2035-04-27 Koningsdag
2035-05-03 Hemelvaartsdag
2035-05-05 Bevrijdingsdag
2035-05-14 Tweede pinksterdag
2035-12-25 Eerste kerstdag
2035-12-26 Tweede kerstdag
2036-01-01 Nieuwjaarsdag
2036-04-11 Goede vrijdag
2036-04-14 Tweede paasdag
2036-04-26 Koningsdag
2036-05-05 Bevrijdingsdag
2036-05-22 Hemelvaartsdag
2036-06-02 Tweede pinksterdag
2036-12-25 Eerste kerstdag
2036-12-26 Tweede kerstdag
2037-01-01 Nieuwjaarsdag
2037-04-03 Goede vrijdag
2037-04-06 Tweede paasdag
2037-04-27 Koningsdag
2037-05-05 Bevrijdingsdag
2037-05-14 Hemelvaartsdag
2037-05-25 Tweede pinksterdag
2037-12-25 Eerste kerstdag
2037-12-26 Tweede kerstdag
2038-01-01 Nieuwjaarsdag
2038-04-23 Goede vrijdag
2038-04-26 Tweede paasdag
2038-04-27 Koningsdag
2038-05-05 Bevrijdingsdag
2038-06-03 Hemelvaartsdag
2038-06-14 Tweede pinksterdag
2038-12-25 Eerste kerstdag
2038-12-26 Tweede kerstdag
2039-01-01 Nieuwjaarsdag
2039-04-08 Goede vrijdag
2039-04-11 Tweede paasdag
2039-04-27 Koningsdag
2039-05-05 Bevrijdingsdag
2039-05-19 Hemelvaartsdag
2039-05-30 Tweede pinksterdag
2039-12-25 Eerste kerstdag
2039-12-26 Tweede kerstdag
2040-01-01 Nieuwjaarsdag
2040-03-30 Goede vrijdag
2040-04-02 Tweede paasdag
2040-04-27 Koningsdag
2040-05-05 Bevrijdingsdag
2040-05-10 Hemelvaartsdag
2040-05-21 Tweede pinksterdag
2040-12-25 Eerste kerstdag
2040-12-26 Tweede kerstdag
2041-01-01 Nieuwjaarsdag
2041-04-19 Goede vrijdag
2041-04-22 Tweede paasdag
2041-04-27 Koningsdag
2041-05-05 Bevrijdingsdag
2041-05-30 Hemelvaartsdag
2041-06-10 Tweede pinksterdag
2041-12-25 Eerste kerstdag
2041-12-26 Tweede kerstdag
2042-01-01 Nieuwjaarsdag
2042-04-04 Goede vrijdag
2042-04-07 Tweede paasdag
2042-04-26 Koningsdag
2042-05-05 Bevrijdingsdag
2042-05-15 Hemelvaartsdag
2042-05-26 Tweede pinksterdag
2042-12-25 Eerste kerstdag
2042-12-26 Tweede kerstdag
2043-01-01 Nieuwjaarsdag
2043-03-27 Goede vrijdag
2043-03-30 Tweede paasdag
2043-04-27 Koningsdag
2043-05-05 Bevrijdingsdag
2043-05-07 Hemelvaartsdag
2043-05-18 Tweede pinksterdag
2043-12-25 Eerste kerstdag
2043-12-26 Tweede kerstdag
2044-01-01 Nieuwjaarsdag
2044-04-15 Goede vrijdag
2044-04-18 Tweede paasdag
2044-04-27 Koningsdag
2044-05-05 Bevrijdingsdag
2044-05-26 Hemelvaartsdag
2044-06-06 Tweede pinksterdag
2044-12-25 Eerste kerstdag
2044-12-26 Tweede kerstdag
2045-01-01 Nieuwjaarsdag
2045-04-07 Goede vrijdag
2045-04-10 Tweede paasdag
2045-04-27 Koningsdag
2045-05-05 Bevrijdingsdag
2045-05-18 Hemelvaartsdag
2045-05-29 Tweede pinksterdag
2045-12-25 Eerste kerstdag
2045-12-26 Tweede kerstdag
2046-01-01 Nieuwjaarsdag
2046-03-23 Goede vrijdag
2046-03-26 Tweede paasdag
2046-04-27 Koningsdag
2046-05-03 Hemelvaartsdag
2046-05-05 Bevrijdingsdag
2046-05-14 Tweede pinksterdag
2046-12-25 Eerste kerstdag
2046-12-26 Tweede kerstdag
2047-01-01 Nieuwjaarsdag
2047-04-12 Goede vrijdag
2047-04-15 Tweede paasdag
2047-04-27 Koningsdag
2047-05-05 Bevrijdingsdag
2047-05-23 Hemelvaartsdag
2047-06-03 Tweede pinksterdag
2047-12-25 Eerste kerstdag
2047-12-26 Tweede kerstdag
2048-01-01 Nieuwjaarsdag
2048-04-03 Goede vrijdag
2048-04-06 Tweede paasdag
2048-04-27 Koningsdag
2048-05-05 Bevrijdingsdag
2048-05-14 Hemelvaartsdag
2048-05-25 Tweede pinksterdag
2048-12-25 Eerste kerstdag
2048-12-26 Tweede kerstdag
2049-01-01 Nieuwjaarsdag
2049-04-16 Goede vrijdag
2049-04-19 Tweede paasdag
2049-04-27 Koningsdag
2049-05-05 Bevrijdingsdag
2049-05-27 Hemelvaartsdag
2049-06-07 Tweede pinksterdag
2049-12-25 Eerste kerstdag
2049-12-26 Tweede kerstdag
2050-01-01 Nieuwjaarsdag
2050-04-08 Goede vrijdag
2050-04-11 Tweede paasdag
2050-04-27 Koningsdag
2050-05-05 Bevrijdingsdag
2050-05-19 Hemelvaartsdag
2050-05-30 Tweede pinksterdag
2050-12-25 Eerste kerstdag
2050-12-26 Tweede kerstdag
2051-01-01 Nieuwjaarsdag
2051-03-31 Goede vrijdag
2051-04-03 Tweede paasdag
2051-04-27 Koningsdag
2051-05-05 Bevrijdingsdag
2051-05-11 Hemelvaartsdag
2051-05-22 Tweede pinksterdag
2051-12-25 Eerste kerstdag
2051-12-26 Tweede kerstdag
2052-01-01 Nieuwjaarsdag
2052-04-19 Goede vrijdag
2052-04-22 Tweede paasdag
2052-04-27 Koningsdag
2052-05-05 Bevrijdingsdag
2052-05-30 Hemelvaartsdag
2052-06-10 Tweede pinksterdag
2052-12-25 Eerste kerstdag
2052-12-26 Tweede kerstdag
2053-01-01 Nieuwjaarsdag
2053-04-04 Goede vrijdag
2053-04-07 Tweede paasdag
2053-04-26 Koningsdag
2053-05-05 Bevrijdingsdag
2053-05-15 Hemelvaartsdag
2053-05-26 Tweede pinksterdag
2053-12-25 Eerste kerstdag
2053-12-26 Tweede kerstdag
2054-01-01 Nieuwjaarsdag
2054-03-27 Goede vrijdag
2054-03-30 Tweede paasdag
2054-04-27 Koningsdag
2054-05-05 Bevrijdingsdag
2054-05-07 Hemelvaartsdag
2054-05-18 Tweede pinksterdag
2054-12-25 Eerste kerstdag
2054-12-26 Tweede kerstdag
2055-01-01 Nieuwjaarsdag
2055-04-16 Goede vrijdag
2055-04-19 Tweede paasdag
2055-04-27 Koningsdag
2055-05-05 Bevrijdingsdag
2055-05-27 Hemelvaartsdag
2055-06-07 Tweede pinksterdag
2055-12-25 Eerste kerstdag
2055-12-26 Tweede kerstdag
2056-01-01 Nieuwjaarsdag
2056-03-31 Goede vrijdag
2056-04-03 Tweede paasdag
2056-04-27 Koningsdag
2056-05-05 Bevrijdingsdag
2056-05-11 Hemelvaartsdag
2056-05-22 Tweede pinksterdag
2056-12-25 Eerste kerstdag
2056-12-26 Tweede kerstdag
2057-01-01 Nieuwjaarsdag
2057-04-20 Goede vrijdag
2057-04-23 Tweede paasdag
2057-04-27 Koningsdag
2057-05-05 Bevrijdingsdag
2057-05-31 Hemelvaartsdag
2057-06-11 Tweede pinksterdag
2057-12-25 Eerste kerstdag
2057-12-26 Tweede kerstdag
2058-01-01 Nieuwjaarsdag
2058-04-12 Goede vrijdag
2058-04-15 Tweede paasdag
2058-04-27 Koningsdag
2058-05-05 Bevrijdingsdag
2058-05-23 Hemelvaartsdag
2058-06-03 Tweede pinksterdag
2058-12-25 Eerste kerstdag
2058-12-26 Tweede kerstdag
2059-01-01 Nieuwjaarsdag
2059-03-28 Goede vrijdag
2059-03-31 Tweede paasdag
2059-04-26 Koningsdag
2059-05-05 Bevrijdingsdag
2059-05-08 Hemelvaartsdag
2059-05-19 Tweede pinksterdag
2059-12-25 Eerste kerstdag
2059-12-26 Tweede kerstdag
2060-01-01 Nieuwjaarsdag
2060-04-16 Goede vrijdag
2060-04-19 Tweede paasdag
2060-04-27 Koningsdag
2060-05-05 Bevrijdingsdag
2060-05-27 Hemelvaartsdag
2060-06-07 Tweede pinksterdag
2060-12-25 Eerste kerstdag
2060-12-26 Tweede kerstdag
2061-01-01 Nieuwjaarsdag
2061-04-08 Goede vrijdag
2061-04-11 Tweede paasdag
2061-04-27 Koningsdag
2061-05-05 Bevrijdingsdag
2061-05-19 Hemelvaartsdag
2061-05-30 Tweede pinksterdag
2061-12-25 Eerste kerstdag
2061-12-26 Tweede kerstdag
2062-01-01 Nieuwjaarsdag
2062-03-24 Goede vrijdag
2062-03-27 Tweede paasdag
2062-04-27 Koningsdag
2062-05-04 Hemelvaartsdag
2062-05-05 Bevrijdingsdag
2062-05-15 Tweede pinksterdag
2062-12-25 Eerste kerstdag
2062-12-26 Tweede kerstdag
2063-01-01 Nieuwjaarsdag
2063-04-13 Goede vrijdag
2063-04-16 Tweede paasdag
2063-04-27 Koningsdag
2063-05-05 Bevrijdingsdag
2063-05-24 Hemelvaartsdag
2063-06-04 Tweede pinksterdag
2063-12-25 Eerste kerstdag
2063-12-26 Tweede kerstdag
2064-01-01 Nieuwjaarsdag
2064-04-04 Goede vrijdag
2064-04-07 Tweede paasdag
2064-04-26 Koningsdag
2064-05-05 Bevrijdingsdag
2064-05-15 Hemelvaartsdag
2064-05-26 Tweede pinksterdag
2064-12-25 Eerste kerstdag
2064-12-26 Tweede kerstdag
2065-01-01 Nieuwjaarsdag
2065-03-27 Goede vrijdag
2065-03-30 Tweede paasdag
2065-04-27 Koningsdag
2065-05-05 Bevrijdingsdag
2065-05-07 Hemelvaartsdag
2065-05-18 Tweede pinksterdag
2065-12-25 Eerste kerstdag
2065-12-26 Tweede kerstdag
2066-01-01 Nieuwjaarsdag
2066-04-09 Goede vrijdag
2066-04-12 Tweede paasdag
2066-04-27 Koningsdag
2066-05-05 Bevrijdingsdag
2066-05-20 Hemelvaartsdag
2066-05-31 Tweede pinksterdag
2066-12-25 Eerste kerstdag
2066-12-26 Tweede kerstdag
2067-01-01 Nieuwjaarsdag
2067-04-01 Goede vrijdag
2067-04-04 Tweede paasdag
2067-04-27 Koningsdag
2067-05-05 Bevrijdingsdag
2067-05-12 Hemelvaartsdag
2067-05-23 Tweede pinksterdag
2067-12-25 Eerste kerstdag
2067-12-26 Tweede kerstdag
2068-01-01 Nieuwjaarsdag
2068-04-20 Goede vrijdag
2068-04-23 Tweede paasdag
2068-04-27 Koningsdag
2068-05-05 Bevrijdingsdag
2068-05-31 Hemelvaartsdag
2068-06-11 Tweede pinksterdag
2068-12-25 Eerste kerstdag
2068-12-26 Tweede kerstdag
2069-01-01 Nieuwjaarsdag
2069-04-12 Goede vrijdag
2069-04-15 Tweede paasdag
2069-04-27 Koningsdag
2069-05-05 Bevrijdingsdag
2069-05-23 Hemelvaartsdag
2069-06-03 Tweede pinksterdag
2069-12-25 Eerste kerstdag
2069-12-26 Tweede kerstdag
2070-01-01 Nieuwjaarsdag
2070-03-28 Goede vrijdag
2070-03-31 Tweede paasdag
2070-04-26 Koningsdag
2070-05-05 Bevrijdingsdag
2070-05-08 Hemelvaartsdag
2070-05-19 Tweede pinksterdag
2070-12-25 Eerste kerstdag
2070-12-26 Tweede kerstdag
2071-01-01 Nieuwjaarsdag
2071-04-17 Goede vrijdag
2071-04-20 Tweede paasdag
2071-04-27 Koningsdag
2071-05-05 Bevrijdingsdag
2071-05-28 Hemelvaartsdag
2071-06-08 Tweede pinksterdag
2071-12-25 Eerste kerstdag
2071-12-26 Tweede kerstdag
2072-01-01 Nieuwjaarsdag
2072-04-08 Goede vrijdag
2072-04-11 Tweede paasdag
2072-04-27 Koningsdag
2072-05-05 Bevrijdingsdag
2072-05-19 Hemelvaartsdag
2072-05-30 Tweede pinksterdag
2072-12-25 Eerste kerstdag
2072-12-26 Tweede kerstdag
2073-01-01 Nieuwjaarsdag
2073-03-24 Goede vrijdag
2073-03-27 Tweede paasdag
2073-04-27 Koningsdag
2073-05-04 Hemelvaartsdag
2073-05-05 Bevrijdingsdag
2073-05-15 Tweede pinksterdag
2073-12-25 Eerste kerstdag
2073-12-26 Tweede kerstdag
2074-01-01 Nieuwjaarsdag
2074-04-13 Goede vrijdag
2074-04-16 Tweede paasdag
2074-04-27 Koningsdag
2074-05-05 Bevrijdingsdag
2074-05-24 Hemelvaartsdag
2074-06-04 Tweede pinksterdag
2074-12-25 Eerste kerstdag
2074-12-26 Tweede kerstdag
2075-01-01 Nieuwjaarsdag
2075-04-05 Goede vrijdag
2075-04-08 Tweede paasdag
2075-04-27 Koningsdag
2075-05-05 Bevrijdingsdag
2075-05-16 Hemelvaartsdag
2075-05-27 Tweede pinksterdag
2075-12-25 Eerste kerstdag
2075-12-26 Tweede kerstdag
2076-01-01 Nieuwjaarsdag
2076-04-17 Goede vrijdag
2076-04-20 Tweede paasdag
2076-04-27 Koningsdag
2076-05-05 Bevrijdingsdag
2076-05-28 Hemelvaartsdag
2076-06-08 Tweede pinksterdag
2076-12-25 Eerste kerstdag
2076-12-26 Tweede kerstdag
2077-01-01 Nieuwjaarsdag
2077-04-09 Goede vrijdag
2077-04-12 Tweede paasdag
2077-04-27 Koningsdag
2077-05-05 Bevrijdingsdag
2077-05-20 Hemelvaartsdag
2077-05-31 Tweede pinksterdag
2077-12-25 Eerste kerstdag
2077-12-26 Tweede kerstdag
2078-01-01 Nieuwjaarsdag
2078-04-01 Goede vrijdag
2078-04-04 Tweede paasdag
2078-04-27 Koningsdag
2078-05-05 Bevrijdingsdag
2078-05-12 Hemelvaartsdag
2078-05-23 Tweede pinksterdag
2078-12-25 Eerste kerstdag
2078-12-26 Tweede kerstdag
2079-01-01 Nieuwjaarsdag
2079-04-21 Goede vrijdag
2079-04-24 Tweede paasdag
2079-04-27 Koningsdag
2079-05-05 Bevrijdingsdag
2079-06-01 Hemelvaartsdag
2079-06-12 Tweede pinksterdag
2079-12-25 Eerste kerstdag
2079-12-26 Tweede kerstdag
2080-01-01 Nieuwjaarsdag
2080-04-05 Goede vrijdag
2080-04-08 Tweede paasdag
2080-04-27 Koningsdag
2080-05-05 Bevrijdingsdag
2080-05-16 Hemelvaartsdag
2080-05-27 Tweede pinksterdag
2080-12-25 Eerste kerstdag
2080-12-26 Tweede kerstdag
2081-01-01 Nieuwjaarsdag
2081-03-28 Goede vrijdag
2081-03-31 Tweede paasdag
2081-04-26 Koningsdag
2081-05-05 Bevrijdingsdag
2081-05-08 Hemelvaartsdag
2081-05-19 Tweede pinksterdag
2081-12-25 Eerste kerstdag
2081-12-26 Tweede kerstdag
2082-01-01 Nieuwjaarsdag
2082-04-17 Goede vrijdag
2082-04-20 Tweede paasdag
2082-04-27 Koningsdag
2082-05-05 Bevrijdingsdag
2082-05-28 Hemelvaartsdag
2082-06-08 Tweede pinksterdag
2082-12-25 Eerste kerstdag
2082-12-26 Tweede kerstdag
2083-01-01 Nieuwjaarsdag
2083-04-02 Goede vrijdag
2083-04-05 Tweede paasdag
2083-04-27 Koningsdag
2083-05-05 Bevrijdingsdag
2083-05-13 Hemelvaartsdag
2083-05-24 Tweede pinksterdag
2083-12-25 Eerste kerstdag
2083-12-26 Tweede kerstdag
2084-01-01 Nieuwjaarsdag
2084-03-24 Goede vrijdag
2084-03-27 Tweede paasdag
2084-04-27 Koningsdag
2084-05-04 Hemelvaartsdag
2084-05-05 Bevrijdingsdag
2084-05-15 Tweede pinksterdag
2084-12-25 Eerste kerstdag
2084-12-26 Tweede kerstdag
2085-01-01 Nieuwjaarsdag
2085-04-13 Goede vrijdag
2085-04-16 Tweede paasdag
2085-04-27 Koningsdag
2085-05-05 Bevrijdingsdag
2085-05-24 Hemelvaartsdag
2085-06-04 Tweede pinksterdag
2085-12-25 Eerste kerstdag
2085-12-26 Tweede kerstdag
2086-01-01 Nieuwjaarsdag
2086-03-29 Goede vrijdag
2086-04-01 Tweede paasdag
2086-04-27 Koningsdag
2086-05-05 Bevrijdingsdag
2086-05-09 Hemelvaartsdag
2086-05-20 Tweede pinksterdag
2086-12-25 Eerste kerstdag
2086-12-26 Tweede kerstdag
2087-01-01 Nieuwjaarsdag
2087-04-18 Goede vrijdag
2087-04-21 Tweede paasdag
2087-04-26 Koningsdag
2087-05-05 Bevrijdingsdag
2087-05-29 Hemelvaartsdag
2087-06-09 Tweede pinksterdag
2087-12-25 Eerste kerstdag
2087-12-26 Tweede kerstdag
2088-01-01 Nieuwjaarsdag
2088-04-09 Goede vrijdag
2088-04-12 Tweede paasdag
2088-04-27 Koningsdag
2088-05-05 Bevrijdingsdag
2088-05-20 Hemelvaartsdag
2088-05-31 Tweede pinksterdag
2088-12-25 Eerste kerstdag
2088-12-26 Tweede kerstdag
2089-01-01 Nieuwjaarsdag
2089-04-01 Goede vrijdag
2089-04-04 Tweede paasdag
2089-04-27 Koningsdag
2089-05-05 Bevrijdingsdag
2089-05-12 Hemelvaartsdag
2089-05-23 Tweede pinksterdag
2089-12-25 Eerste kerstdag
2089-12-26 Tweede kerstdag
2090-01-01 Nieuwjaarsdag
2090-04-14 Goede vrijdag
2090-04-17 Tweede paasdag
2090-04-27 Koningsdag
2090-05-05 Bevrijdingsdag
2090-05-25 Hemelvaartsdag
2090-06-05 Tweede pinksterdag
2090-12-25 Eerste kerstdag
2090-12-26 Tweede kerstdag
2091-01-01 Nieuwjaarsdag
2091-04-06 Goede vrijdag
2091-04-09 Tweede paasdag
2091-04-27 Koningsdag
2091-05-05 Bevrijdingsdag
2091-05-17 Hemelvaartsdag
2091-05-28 Tweede pinksterdag
2091-12-25 Eerste kerstdag
2091-12-26 Tweede kerstdag
2092-01-01 Nieuwjaarsdag
2092-03-28 Goede vrijdag
2092-03-31 Tweede paasdag
2092-04-26 Koningsdag
2092-05-05 Bevrijdingsdag
2092-05-08 Hemelvaartsdag
2092-05-19 Tweede pinksterdag
2092-12-25 Eerste kerstdag
2092-12-26 Tweede kerstdag
2093-01-01 Nieuwjaarsdag
2093-04-10 Goede vrijdag
2093-04-13 Tweede paasdag
2093-04-27 Koningsdag
2093-05-05 Bevrijdingsdag
2093-05-21 Hemelvaartsdag
2093-06-01 Tweede pinksterdag
2093-12-25 Eerste kerstdag
2093-12-26 Tweede kerstdag
2094-01-01 Nieuwjaarsdag
2094-04-02 Goede vrijdag
2094-04-05 Tweede paasdag
2094-04-27 Koningsdag
2094-05-05 Bevrijdingsdag
2094-05-13 Hemelvaartsdag
2094-05-24 Tweede pinksterdag
2094-12-25 Eerste kerstdag
2094-12-26 Tweede kerstdag
2095-01-01 Nieuwjaarsdag
2095-04-22 Goede vrijdag
2095-04-25 Tweede paasdag
2095-04-27 Koningsdag
2095-05-05 Bevrijdingsdag
2095-06-02 Hemelvaartsdag
2095-06-13 Tweede pinksterdag
2095-12-25 Eerste kerstdag
2095-12-26 Tweede kerstdag
2096-01-01 Nieuwjaarsdag
2096-04-13 Goede vrijdag
2096-04-16 Tweede paasdag
2096-04-27 Koningsdag
2096-05-05 Bevrijdingsdag
2096-05-24 Hemelvaartsdag
2096-06-04 Tweede pinksterdag
2096-12-25 Eerste kerstdag
2096-12-26 Tweede kerstdag
2097-01-01 Nieuwjaarsdag
2097-03-29 Goede vrijdag
2097-04-01 Tweede paasdag
2097-04-27 Koningsdag
2097-05-05 Bevrijdingsdag
2097-05-09 Hemelvaartsdag
2097-05-20 Tweede pinksterdag
2097-12-25 Eerste kerstdag
2097-12-26 Tweede kerstdag
2098-01-01 Nieuwjaarsdag
2098-04-18 Goede vrijdag
2098-04-21 Tweede paasdag
2098-04-26 Koningsdag
2098-05-05 Bevrijdingsdag
2098-05-29 Hemelvaartsdag
2098-06-09 Tweede pinksterdag
2098-12-25 Eerste kerstdag
2098-12-26 Tweede kerstdag
2099-01-01 Nieuwjaarsdag
2099-04-10 Goede vrijdag
2099-04-13 Tweede paasdag
2099-04-27 Koningsdag
2099-05-05 Bevrijdingsdag
2099-05-21 Hemelvaartsdag
2099-06-01 Tweede pinksterdag
2099-12-25 Eerste kerstdag
2099-12-26 Tweede kerstdag
2100-01-01 Nieuwjaarsdag
2100-03-26 Goede vrijdag
2100-03-29 Tweede paasdag
2100-04-27 Koningsdag
2100-05-05 Bevrijdingsdag
2100-05-06 Hemelvaartsdag
2100-05-17 Tweede pinksterdag
2100-12-25 Eerste kerstdag
2100-12-26 Tweede kerstdag
"""

PUBLIEK = """\
1966-01-01 Nieuwjaarsdag
1966-04-08 Goede vrijdag
1966-04-10 Eerste paasdag
1966-04-11 Tweede paasdag
1966-04-30 Koninginnedag
1966-05-19 Hemelvaartsdag
1966-05-29 Eerste pinksterdag
1966-05-30 Tweede pinksterdag
1966-12-25 Eerste kerstdag
1966-12-26 Tweede kerstdag
1967-01-01 Nieuwjaarsdag
1967-03-24 Goede vrijdag
1967-03-26 Eerste paasdag
1967-03-27 Tweede paasdag
1967-05-01 Koninginnedag
1967-05-04 Hemelvaartsdag
1967-05-14 Eerste pinksterdag
1967-05-15 Tweede pinksterdag
1967-12-25 Eerste kerstdag
1967-12-26 Tweede kerstdag
1968-01-01 Nieuwjaarsdag
1968-04-12 Goede vrijdag
1968-04-14 Eerste paasdag
1968-04-15 Tweede paasdag
1968-04-30 Koninginnedag
1968-05-23 Hemelvaartsdag
1968-06-02 Eerste pinksterdag
1968-06-03 Tweede pinksterdag
1968-12-25 Eerste kerstdag
1968-12-26 Tweede kerstdag
1969-01-01 Nieuwjaarsdag
1969-04-04 Goede vrijdag
1969-04-06 Eerste paasdag
1969-04-07 Tweede paasdag
1969-04-30 Koninginnedag
1969-05-15 Hemelvaartsdag
1969-05-25 Eerste pinksterdag
1969-05-26 Tweede pinksterdag
1969-12-25 Eerste kerstdag
1969-12-26 Tweede kerstdag
1970-01-01 Nieuwjaarsdag
1970-03-27 Goede vrijdag
1970-03-29 Eerste paasdag
1970-03-30 Tweede paasdag
1970-04-30 Koninginnedag
1970-05-05 Bevrijdingsdag
1970-05-07 Hemelvaartsdag
1970-05-17 Eerste pinksterdag
1970-05-18 Tweede pinksterdag
1970-12-25 Eerste kerstdag
1970-12-26 Tweede kerstdag
1971-01-01 Nieuwjaarsdag
1971-04-09 Goede vrijdag
1971-04-11 Eerste paasdag
1971-04-12 Tweede paasdag
1971-04-30 Koninginnedag
1971-05-20 Hemelvaartsdag
1971-05-30 Eerste pinksterdag
1971-05-31 Tweede pinksterdag
1971-12-25 Eerste kerstdag
1971-12-26 Tweede kerstdag
1972-01-01 Nieuwjaarsdag
1972-03-31 Goede vrijdag
1972-04-02 Eerste paasdag
1972-04-03 Tweede paasdag
1972-05-01 Koninginnedag
1972-05-11 Hemelvaartsdag
1972-05-21 Eerste pinksterdag
1972-05-22 Tweede pinksterdag
1972-12-25 Eerste kerstdag
1972-12-26 Tweede kerstdag
1973-01-01 Nieuwjaarsdag
1973-04-20 Goede vrijdag
1973-04-22 Eerste paasdag
1973-04-23 Tweede paasdag
1973-04-30 Koninginnedag
1973-05-31 Hemelvaartsdag
1973-06-10 Eerste pinksterdag
1973-06-11 Tweede pinksterdag
1973-12-25 Eerste kerstdag
1973-12-26 Tweede kerstdag
1974-01-01 Nieuwjaarsdag
1974-04-12 Goede vrijdag
1974-04-14 Eerste paasdag
1974-04-15 Tweede paasdag
1974-04-30 Koninginnedag
1974-05-23 Hemelvaartsdag
1974-06-02 Eerste pinksterdag
1974-06-03 Tweede pinksterdag
1974-12-25 Eerste kerstdag
1974-12-26 Tweede kerstdag
1975-01-01 Nieuwjaarsdag
1975-03-28 Goede vrijdag
1975-03-30 Eerste paasdag
1975-03-31 Tweede paasdag
1975-04-30 Koninginnedag
1975-05-05 Bevrijdingsdag
1975-05-08 Hemelvaartsdag
1975-05-18 Eerste pinksterdag
1975-05-19 Tweede pinksterdag
1975-12-25 Eerste kerstdag
1975-12-26 Tweede kerstdag
1976-01-01 Nieuwjaarsdag
1976-04-16 Goede vrijdag
1976-04-18 Eerste paasdag
1976-04-19 Tweede paasdag
1976-04-30 Koninginnedag
1976-05-27 Hemelvaartsdag
1976-06-06 Eerste pinksterdag
1976-06-07 Tweede pinksterdag
1976-12-25 Eerste kerstdag
1976-12-26 Tweede kerstdag
1977-01-01 Nieuwjaarsdag
1977-04-08 Goede vrijdag
1977-04-10 Eerste paasdag
1977-04-11 Tweede paasdag
1977-04-30 Koninginnedag
1977-05-19 Hemelvaartsdag
1977-05-29 Eerste pinksterdag
1977-05-30 Tweede pinksterdag
1977-12-25 Eerste kerstdag
1977-12-26 Tweede kerstdag
1978-01-01 Nieuwjaarsdag
1978-03-24 Goede vrijdag
1978-03-26 Eerste paasdag
1978-03-27 Tweede paasdag
1978-05-01 Koninginnedag
1978-05-04 Hemelvaartsdag
1978-05-14 Eerste pinksterdag
1978-05-15 Tweede pinksterdag
1978-12-25 Eerste kerstdag
1978-12-26 Tweede kerstdag
1979-01-01 Nieuwjaarsdag
1979-04-13 Goede vrijdag
1979-04-15 Eerste paasdag
1979-04-16 Tweede paasdag
1979-04-30 Koninginnedag
1979-05-24 Hemelvaartsdag
1979-06-03 Eerste pinksterdag
1979-06-04 Tweede pinksterdag
1979-12-25 Eerste kerstdag
1979-12-26 Tweede kerstdag
1980-01-01 Nieuwjaarsdag
1980-04-04 Goede vrijdag
1980-04-06 Eerste paasdag
1980-04-07 Tweede paasdag
1980-04-30 Koninginnedag
1980-05-05 Bevrijdingsdag
1980-05-15 Hemelvaartsdag
1980-05-25 Eerste pinksterdag
1980-05-26 Tweede pinksterdag
1980-12-25 Eerste kerstdag
1980-12-26 Tweede kerstdag
1981-01-01 Nieuwjaarsdag
1981-04-17 Goede vrijdag
1981-04-19 Eerste paasdag
1981-04-20 Tweede paasdag
1981-04-30 Koninginnedag
1981-05-28 Hemelvaartsdag
1981-06-07 Eerste pinksterdag
1981-06-08 Tweede pinksterdag
1981-12-25 Eerste kerstdag
1981-12-26 Tweede kerstdag
1982-01-01 Nieuwjaarsdag
1982-04-09 Goede vrijdag
1982-04-11 Eerste paasdag
1982-04-12 Tweede paasdag
1982-04-30 Koninginnedag
1982-05-20 Hemelvaartsdag
1982-05-30 Eerste pinksterdag
1982-05-31 Tweede pinksterdag
1982-12-25 Eerste kerstdag
1982-12-26 Tweede kerstdag
1983-01-01 Nieuwjaarsdag
1983-04-01 Goede vrijdag
1983-04-03 Eerste paasdag
1983-04-04 Tweede paasdag
1983-04-30 Koninginnedag
1983-05-12 Hemelvaartsdag
1983-05-22 Eerste pinksterdag
1983-05-23 Tweede pinksterdag
1983-12-25 Eerste kerstdag
1983-12-26 Tweede kerstdag
1984-01-01 Nieuwjaarsdag
1984-04-20 Goede vrijdag
1984-04-22 Eerste paasdag
1984-04-23 Tweede paasdag
1984-04-30 Koninginnedag
1984-05-31 Hemelvaartsdag
1984-06-10 Eerste pinksterdag
1984-06-11 Tweede pinksterdag
1984-12-25 Eerste kerstdag
1984-12-26 Tweede kerstdag
1985-01-01 Nieuwjaarsdag
1985-04-05 Goede vrijdag
1985-04-07 Eerste paasdag
1985-04-08 Tweede paasdag
1985-04-30 Koninginnedag
1985-05-05 Bevrijdingsdag
1985-05-16 Hemelvaartsdag
1985-05-26 Eerste pinksterdag
1985-05-27 Tweede pinksterdag
1985-12-25 Eerste kerstdag
1985-12-26 Tweede kerstdag
1986-01-01 Nieuwjaarsdag
1986-03-28 Goede vrijdag
1986-03-30 Eerste paasdag
1986-03-31 Tweede paasdag
1986-04-30 Koninginnedag
1986-05-08 Hemelvaartsdag
1986-05-18 Eerste pinksterdag
1986-05-19 Tweede pinksterdag
1986-12-25 Eerste kerstdag
1986-12-26 Tweede kerstdag
1987-01-01 Nieuwjaarsdag
1987-04-17 Goede vrijdag
1987-04-19 Eerste paasdag
1987-04-20 Tweede paasdag
1987-04-30 Koninginnedag
1987-05-28 Hemelvaartsdag
1987-06-07 Eerste pinksterdag
1987-06-08 Tweede pinksterdag
1987-12-25 Eerste kerstdag
1987-12-26 Tweede kerstdag
1988-01-01 Nieuwjaarsdag
1988-04-01 Goede vrijdag
1988-04-03 Eerste paasdag
1988-04-04 Tweede paasdag
1988-04-30 Koninginnedag
1988-05-12 Hemelvaartsdag
1988-05-22 Eerste pinksterdag
1988-05-23 Tweede pinksterdag
1988-12-25 Eerste kerstdag
1988-12-26 Tweede kerstdag
1989-01-01 Nieuwjaarsdag
1989-03-24 Goede vrijdag
1989-03-26 Eerste paasdag
1989-03-27 Tweede paasdag
1989-04-29 Koninginnedag
1989-05-04 Hemelvaartsdag
1989-05-14 Eerste pinksterdag
1989-05-15 Tweede pinksterdag
1989-12-25 Eerste kerstdag
1989-12-26 Tweede kerstdag
1990-01-01 Nieuwjaarsdag
1990-04-13 Goede vrijdag
1990-04-15 Eerste paasdag
1990-04-16 Tweede paasdag
1990-04-30 Koninginnedag
1990-05-05 Bevrijdingsdag
1990-05-24 Hemelvaartsdag
1990-06-03 Eerste pinksterdag
1990-06-04 Tweede pinksterdag
1990-12-25 Eerste kerstdag
1990-12-26 Tweede kerstdag
1991-01-01 Nieuwjaarsdag
1991-03-29 Goede vrijdag
1991-03-31 Eerste paasdag
1991-04-01 Tweede paasdag
1991-04-30 Koninginnedag
1991-05-09 Hemelvaartsdag
1991-05-19 Eerste pinksterdag
1991-05-20 Tweede pinksterdag
1991-12-25 Eerste kerstdag
1991-12-26 Tweede kerstdag
1992-01-01 Nieuwjaarsdag
1992-04-17 Goede vrijdag
1992-04-19 Eerste paasdag
1992-04-20 Tweede paasdag
1992-04-30 Koninginnedag
1992-05-28 Hemelvaartsdag
1992-06-07 Eerste pinksterdag
1992-06-08 Tweede pinksterdag
1992-12-25 Eerste kerstdag
1992-12-26 Tweede kerstdag
1993-01-01 Nieuwjaarsdag
1993-04-09 Goede vrijdag
1993-04-11 Eerste paasdag
1993-04-12 Tweede paasdag
1993-04-30 Koninginnedag
1993-05-20 Hemelvaartsdag
1993-05-30 Eerste pinksterdag
1993-05-31 Tweede pinksterdag
1993-12-25 Eerste kerstdag
1993-12-26 Tweede kerstdag
1994-01-01 Nieuwjaarsdag
1994-04-01 Goede vrijdag
1994-04-03 Eerste paasdag
1994-04-04 Tweede paasdag
1994-04-30 Koninginnedag
1994-05-12 Hemelvaartsdag
1994-05-22 Eerste pinksterdag
1994-05-23 Tweede pinksterdag
1994-12-25 Eerste kerstdag
1994-12-26 Tweede kerstdag
1995-01-01 Nieuwjaarsdag
1995-04-14 Goede vrijdag
1995-04-16 Eerste paasdag
1995-04-17 Tweede paasdag
1995-04-29 Koninginnedag
1995-05-05 Bevrijdingsdag
1995-05-25 Hemelvaartsdag
1995-06-04 Eerste pinksterdag
1995-06-05 Tweede pinksterdag
1995-12-25 Eerste kerstdag
1995-12-26 Tweede kerstdag
1996-01-01 Nieuwjaarsdag
1996-04-05 Goede vrijdag
1996-04-07 Eerste paasdag
1996-04-08 Tweede paasdag
1996-04-30 Koninginnedag
1996-05-16 Hemelvaartsdag
1996-05-26 Eerste pinksterdag
1996-05-27 Tweede pinksterdag
1996-12-25 Eerste kerstdag
1996-12-26 Tweede kerstdag
1997-01-01 Nieuwjaarsdag
1997-03-28 Goede vrijdag
1997-03-30 Eerste paasdag
1997-03-31 Tweede paasdag
1997-04-30 Koninginnedag
1997-05-08 Hemelvaartsdag
1997-05-18 Eerste pinksterdag
1997-05-19 Tweede pinksterdag
1997-12-25 Eerste kerstdag
1997-12-26 Tweede kerstdag
1998-01-01 Nieuwjaarsdag
1998-04-10 Goede vrijdag
1998-04-12 Eerste paasdag
1998-04-13 Tweede paasdag
1998-04-30 Koninginnedag
1998-05-21 Hemelvaartsdag
1998-05-31 Eerste pinksterdag
1998-06-01 Tweede pinksterdag
1998-12-25 Eerste kerstdag
1998-12-26 Tweede kerstdag
1999-01-01 Nieuwjaarsdag
1999-04-02 Goede vrijdag
1999-04-04 Eerste paasdag
1999-04-05 Tweede paasdag
1999-04-30 Koninginnedag
1999-05-13 Hemelvaartsdag
1999-05-23 Eerste pinksterdag
1999-05-24 Tweede pinksterdag
1999-12-25 Eerste kerstdag
1999-12-26 Tweede kerstdag
2000-01-01 Nieuwjaarsdag
2000-04-21 Goede vrijdag
2000-04-23 Eerste paasdag
2000-04-24 Tweede paasdag
2000-04-29 Koninginnedag
2000-05-05 Bevrijdingsdag
2000-06-01 Hemelvaartsdag
2000-06-11 Eerste pinksterdag
2000-06-12 Tweede pinksterdag
2000-12-25 Eerste kerstdag
2000-12-26 Tweede kerstdag
2001-01-01 Nieuwjaarsdag
2001-04-13 Goede vrijdag
2001-04-15 Eerste paasdag
2001-04-16 Tweede paasdag
2001-04-30 Koninginnedag
2001-05-24 Hemelvaartsdag
2001-06-03 Eerste pinksterdag
2001-06-04 Tweede pinksterdag
2001-12-25 Eerste kerstdag
2001-12-26 Tweede kerstdag
2002-01-01 Nieuwjaarsdag
2002-03-29 Goede vrijdag
2002-03-31 Eerste paasdag
2002-04-01 Tweede paasdag
2002-04-30 Koninginnedag
2002-05-09 Hemelvaartsdag
2002-05-19 Eerste pinksterdag
2002-05-20 Tweede pinksterdag
2002-12-25 Eerste kerstdag
2002-12-26 Tweede kerstdag
2003-01-01 Nieuwjaarsdag
2003-04-18 Goede vrijdag
2003-04-20 Eerste paasdag
2003-04-21 Tweede paasdag
2003-04-30 Koninginnedag
2003-05-29 Hemelvaartsdag
2003-06-08 Eerste pinksterdag
2003-06-09 Tweede pinksterdag
2003-12-25 Eerste kerstdag
2003-12-26 Tweede kerstdag
2004-01-01 Nieuwjaarsdag
2004-04-09 Goede vrijdag
2004-04-11 Eerste paasdag
2004-04-12 Tweede paasdag
2004-04-30 Koninginnedag
2004-05-20 Hemelvaartsdag
2004-05-30 Eerste pinksterdag
2004-05-31 Tweede pinksterdag
2004-12-25 Eerste kerstdag
2004-12-26 Tweede kerstdag
2005-01-01 Nieuwjaarsdag
2005-03-25 Goede vrijdag
2005-03-27 Eerste paasdag
2005-03-28 Tweede paasdag
2005-04-30 Koninginnedag
2005-05-05 Bevrijdingsdag en Hemelvaartsdag
2005-05-15 Eerste pinksterdag
2005-05-16 Tweede pinksterdag
2005-12-25 Eerste kerstdag
2005-12-26 Tweede kerstdag
2006-01-01 Nieuwjaarsdag
2006-04-14 Goede vrijdag
2006-04-16 Eerste paasdag
2006-04-17 Tweede paasdag
2006-04-29 Koninginnedag
2006-05-25 Hemelvaartsdag
2006-06-04 Eerste pinksterdag
2006-06-05 Tweede pinksterdag
2006-12-25 Eerste kerstdag
2006-12-26 Tweede kerstdag
2007-01-01 Nieuwjaarsdag
2007-04-06 Goede vrijdag
2007-04-08 Eerste paasdag
2007-04-09 Tweede paasdag
2007-04-30 Koninginnedag
2007-05-17 Hemelvaartsdag
2007-05-27 Eerste pinksterdag
2007-05-28 Tweede pinksterdag
2007-12-25 Eerste kerstdag
2007-12-26 Tweede kerstdag
2008-01-01 Nieuwjaarsdag
2008-03-21 Goede vrijdag
2008-03-23 Eerste paasdag
2008-03-24 Tweede paasdag
2008-04-30 Koninginnedag
2008-05-01 Hemelvaartsdag
2008-05-11 Eerste pinksterdag
2008-05-12 Tweede pinksterdag
2008-12-25 Eerste kerstdag
2008-12-26 Tweede kerstdag
2009-01-01 Nieuwjaarsdag
2009-04-10 Goede vrijdag
2009-04-12 Eerste paasdag
2009-04-13 Tweede paasdag
2009-04-30 Koninginnedag
2009-05-21 Hemelvaartsdag
2009-05-31 Eerste pinksterdag
2009-06-01 Tweede pinksterdag
2009-12-25 Eerste kerstdag
2009-12-26 Tweede kerstdag
2010-01-01 Nieuwjaarsdag
2010-04-02 Goede vrijdag
2010-04-04 Eerste paasdag
2010-04-05 Tweede paasdag
2010-04-30 Koninginnedag
2010-05-05 Bevrijdingsdag
2010-05-13 Hemelvaartsdag
2010-05-23 Eerste pinksterdag
2010-05-24 Tweede pinksterdag
2010-12-25 Eerste kerstdag
2010-12-26 Tweede kerstdag
2011-01-01 Nieuwjaarsdag
2011-04-22 Goede vrijdag
2011-04-24 Eerste paasdag
2011-04-25 Tweede paasdag
2011-04-30 Koninginnedag
2011-06-02 Hemelvaartsdag
2011-06-12 Eerste pinksterdag
2011-06-13 Tweede pinksterdag
2011-12-25 Eerste kerstdag
2011-12-26 Tweede kerstdag
2012-01-01 Nieuwjaarsdag
2012-04-06 Goede vrijdag
2012-04-08 Eerste paasdag
2012-04-09 Tweede paasdag
2012-04-30 Koninginnedag
2012-05-17 Hemelvaartsdag
2012-05-27 Eerste pinksterdag
2012-05-28 Tweede pinksterdag
2012-12-25 Eerste kerstdag
2012-12-26 Tweede kerstdag
2013-01-01 Nieuwjaarsdag
2013-03-29 Goede vrijdag
2013-03-31 Eerste paasdag
2013-04-01 Tweede paasdag
2013-04-30 Koninginnedag
2013-05-09 Hemelvaartsdag
2013-05-19 Eerste pinksterdag
2013-05-20 Tweede pinksterdag
2013-12-25 Eerste kerstdag
2013-12-26 Tweede kerstdag
2014-01-01 Nieuwjaarsdag
2014-04-18 Goede vrijdag
2014-04-20 Eerste paasdag
2014-04-21 Tweede paasdag
2014-04-26 Koningsdag
2014-05-29 Hemelvaartsdag
2014-06-08 Eerste pinksterdag
2014-06-09 Tweede pinksterdag
2014-12-25 Eerste kerstdag
2014-12-26 Tweede kerstdag
2015-01-01 Nieuwjaarsdag
2015-04-03 Goede vrijdag
2015-04-05 Eerste paasdag
2015-04-06 Tweede paasdag
2015-04-27 Koningsdag
2015-05-05 Bevrijdingsdag
2015-05-14 Hemelvaartsdag
2015-05-24 Eerste pinksterdag
2015-05-25 Tweede pinksterdag
2015-12-25 Eerste kerstdag
2015-12-26 Tweede kerstdag
2016-01-01 Nieuwjaarsdag
2016-03-25 Goede vrijdag
2016-03-27 Eerste paasdag
2016-03-28 Tweede paasdag
2016-04-27 Koningsdag
2016-05-05 Hemelvaartsdag
2016-05-15 Eerste pinksterdag
2016-05-16 Tweede pinksterdag
2016-12-25 Eerste kerstdag
2016-12-26 Tweede kerstdag
2017-01-01 Nieuwjaarsdag
2017-04-14 Goede vrijdag
2017-04-16 Eerste paasdag
2017-04-17 Tweede paasdag
2017-04-27 Koningsdag
2017-05-25 Hemelvaartsdag
2017-06-04 Eerste pinksterdag
2017-06-05 Tweede pinksterdag
2017-12-25 Eerste kerstdag
2017-12-26 Tweede kerstdag
2018-01-01 Nieuwjaarsdag
2018-03-30 Goede vrijdag
2018-04-01 Eerste paasdag
2018-04-02 Tweede paasdag
2018-04-27 Koningsdag
2018-05-10 Hemelvaartsdag
2018-05-20 Eerste pinksterdag
2018-05-21 Tweede pinksterdag
2018-12-25 Eerste kerstdag
2018-12-26 Tweede kerstdag
2019-01-01 Nieuwjaarsdag
2019-04-19 Goede vrijdag
2019-04-21 Eerste paasdag
2019-04-22 Tweede paasdag
2019-04-27 Koningsdag
2019-05-30 Hemelvaartsdag
2019-06-09 Eerste pinksterdag
2019-06-10 Tweede pinksterdag
2019-12-25 Eerste kerstdag
2019-12-26 Tweede kerstdag
2020-01-01 Nieuwjaarsdag
2020-04-10 Goede vrijdag
2020-04-12 Eerste paasdag
2020-04-13 Tweede paasdag
2020-04-27 Koningsdag
2020-05-05 Bevrijdingsdag
2020-05-21 Hemelvaartsdag
2020-05-31 Eerste pinksterdag
2020-06-01 Tweede pinksterdag
2020-12-25 Eerste kerstdag
2020-12-26 Tweede kerstdag
2021-01-01 Nieuwjaarsdag
2021-04-02 Goede vrijdag
2021-04-04 Eerste paasdag
2021-04-05 Tweede paasdag
2021-04-27 Koningsdag
2021-05-13 Hemelvaartsdag
2021-05-23 Eerste pinksterdag
2021-05-24 Tweede pinksterdag
2021-12-25 Eerste kerstdag
2021-12-26 Tweede kerstdag
2022-01-01 Nieuwjaarsdag
2022-04-15 Goede vrijdag
2022-04-17 Eerste paasdag
2022-04-18 Tweede paasdag
2022-04-27 Koningsdag
2022-05-26 Hemelvaartsdag
2022-06-05 Eerste pinksterdag
2022-06-06 Tweede pinksterdag
2022-12-25 Eerste kerstdag
2022-12-26 Tweede kerstdag
2023-01-01 Nieuwjaarsdag
2023-04-07 Goede vrijdag
2023-04-09 Eerste paasdag
2023-04-10 Tweede paasdag
2023-04-27 Koningsdag
2023-05-18 Hemelvaartsdag
2023-05-28 Eerste pinksterdag
2023-05-29 Tweede pinksterdag
2023-12-25 Eerste kerstdag
2023-12-26 Tweede kerstdag
2024-01-01 Nieuwjaarsdag
2024-03-29 Goede vrijdag
2024-03-31 Eerste paasdag
2024-04-01 Tweede paasdag
2024-04-27 Koningsdag
2024-05-09 Hemelvaartsdag
2024-05-19 Eerste pinksterdag
2024-05-20 Tweede pinksterdag
2024-12-25 Eerste kerstdag
2024-12-26 Tweede kerstdag
2025-01-01 Nieuwjaarsdag
2025-04-18 Goede vrijdag
2025-04-20 Eerste paasdag
2025-04-21 Tweede paasdag
2025-04-26 Koningsdag
2025-05-05 Bevrijdingsdag
2025-05-29 Hemelvaartsdag
2025-06-08 Eerste pinksterdag
2025-06-09 Tweede pinksterdag
2025-12-25 Eerste kerstdag
2025-12-26 Tweede kerstdag
2026-01-01 Nieuwjaarsdag
2026-04-03 Goede vrijdag
2026-04-05 Eerste paasdag
2026-04-06 Tweede paasdag
2026-04-27 Koningsdag
2026-05-14 Hemelvaartsdag
2026-05-24 Eerste pinksterdag
2026-05-25 Tweede pinksterdag
2026-12-25 Eerste kerstdag
2026-12-26 Tweede kerstdag
2027-01-01 Nieuwjaarsdag
2027-03-26 Goede vrijdag
2027-03-28 Eerste paasdag
2027-03-29 Tweede paasdag
2027-04-27 Koningsdag
2027-05-06 Hemelvaartsdag
2027-05-16 Eerste pinksterdag
2027-05-17 Tweede pinksterdag
2027-12-25 Eerste kerstdag
2027-12-26 Tweede kerstdag
2028-01-01 Nieuwjaarsdag
2028-04-14 Goede vrijdag
2028-04-16 Eerste paasdag
2028-04-17 Tweede paasdag
2028-04-27 Koningsdag
2028-05-25 Hemelvaartsdag
2028-06-04 Eerste pinksterdag
2028-06-05 Tweede pinksterdag
2028-12-25 Eerste kerstdag
2028-12-26 Tweede kerstdag
2029-01-01 Nieuwjaarsdag
2029-03-30 Goede vrijdag
2029-04-01 Eerste paasdag
2029-04-02 Tweede paasdag
2029-04-27 Koningsdag
2029-05-10 Hemelvaartsdag
2029-05-20 Eerste pinksterdag
2029-05-21 Tweede pinksterdag
2029-12-25 Eerste kerstdag
2029-12-26 Tweede kerstdag
2030-01-01 Nieuwjaarsdag
2030-04-19 Goede vrijdag
2030-04-21 Eerste paasdag
2030-04-22 Tweede paasdag
2030-04-27 Koningsdag
2030-05-05 Bevrijdingsdag
2030-05-30 Hemelvaartsdag
2030-06-09 Eerste pinksterdag
2030-06-10 Tweede pinksterdag
2030-12-25 Eerste kerstdag
2030-12-26 Tweede kerstdag
2031-01-01 Nieuwjaarsdag
2031-04-11 Goede vrijdag
2031-04-13 Eerste paasdag
2031-04-14 Tweede paasdag
2031-04-26 Koningsdag
2031-05-22 Hemelvaartsdag
2031-06-01 Eerste pinksterdag
2031-06-02 Tweede pinksterdag
2031-12-25 Eerste kerstdag
2031-12-26 Tweede kerstdag
2032-01-01 Nieuwjaarsdag
2032-03-26 Goede vrijdag
2032-03-28 Eerste paasdag
2032-03-29 Tweede paasdag
2032-04-27 Koningsdag
2032-05-06 Hemelvaartsdag
2032-05-16 Eerste pinksterdag
2032-05-17 Tweede pinksterdag
2032-12-25 Eerste kerstdag
2032-12-26 Tweede kerstdag
2033-01-01 Nieuwjaarsdag
2033-04-15 Goede vrijdag
2033-04-17 Eerste paasdag
2033-04-18 Tweede paasdag
2033-04-27 Koningsdag
2033-05-26 Hemelvaartsdag
2033-06-05 Eerste pinksterdag
2033-06-06 Tweede pinksterdag
2033-12-25 Eerste kerstdag
2033-12-26 Tweede kerstdag
2034-01-01 Nieuwjaarsdag
2034-04-07 Goede vrijdag
2034-04-09 Eerste paasdag
2034-04-10 Tweede paasdag
2034-04-27 Koningsdag
2034-05-18 Hemelvaartsdag
2034-05-28 Eerste pinksterdag
2034-05-29 Tweede pinksterdag
2034-12-25 Eerste kerstdag
2034-12-26 Tweede kerstdag
2035-01-01 Nieuwjaarsdag
2035-03-23 Goede vrijdag
2035-03-25 Eerste paasdag
2035-03-26 Tweede paasdag
2035-04-27 Koningsdag
2035-05-03 Hemelvaartsdag
2035-05-05 Bevrijdingsdag
2035-05-13 Eerste pinksterdag
2035-05-14 Tweede pinksterdag
2035-12-25 Eerste kerstdag
2035-12-26 Tweede kerstdag
2036-01-01 Nieuwjaarsdag
2036-04-11 Goede vrijdag
2036-04-13 Eerste paasdag
2036-04-14 Tweede paasdag
2036-04-26 Koningsdag
2036-05-22 Hemelvaartsdag
2036-06-01 Eerste pinksterdag
2036-06-02 Tweede pinksterdag
2036-12-25 Eerste kerstdag
2036-12-26 Tweede kerstdag
2037-01-01 Nieuwjaarsdag
2037-04-03 Goede vrijdag
2037-04-05 Eerste paasdag
2037-04-06 Tweede paasdag
2037-04-27 Koningsdag
2037-05-14 Hemelvaartsdag
2037-05-24 Eerste pinksterdag
2037-05-25 Tweede pinksterdag
2037-12-25 Eerste kerstdag
2037-12-26 Tweede kerstdag
2038-01-01 Nieuwjaarsdag
2038-04-23 Goede vrijdag
2038-04-25 Eerste paasdag
2038-04-26 Tweede paasdag
2038-04-27 Koningsdag
2038-06-03 Hemelvaartsdag
2038-06-13 Eerste pinksterdag
2038-06-14 Tweede pinksterdag
2038-12-25 Eerste kerstdag
2038-12-26 Tweede kerstdag
2039-01-01 Nieuwjaarsdag
2039-04-08 Goede vrijdag
2039-04-10 Eerste paasdag
2039-04-11 Tweede paasdag
2039-04-27 Koningsdag
2039-05-19 Hemelvaartsdag
2039-05-29 Eerste pinksterdag
2039-05-30 Tweede pinksterdag
2039-12-25 Eerste kerstdag
2039-12-26 Tweede kerstdag
2040-01-01 Nieuwjaarsdag
2040-03-30 Goede vrijdag
2040-04-01 Eerste paasdag
2040-04-02 Tweede paasdag
2040-04-27 Koningsdag
2040-05-05 Bevrijdingsdag
2040-05-10 Hemelvaartsdag
2040-05-20 Eerste pinksterdag
2040-05-21 Tweede pinksterdag
2040-12-25 Eerste kerstdag
2040-12-26 Tweede kerstdag
2041-01-01 Nieuwjaarsdag
2041-04-19 Goede vrijdag
2041-04-21 Eerste paasdag
2041-04-22 Tweede paasdag
2041-04-27 Koningsdag
2041-05-30 Hemelvaartsdag
2041-06-09 Eerste pinksterdag
2041-06-10 Tweede pinksterdag
2041-12-25 Eerste kerstdag
2041-12-26 Tweede kerstdag
2042-01-01 Nieuwjaarsdag
2042-04-04 Goede vrijdag
2042-04-06 Eerste paasdag
2042-04-07 Tweede paasdag
2042-04-26 Koningsdag
2042-05-15 Hemelvaartsdag
2042-05-25 Eerste pinksterdag
2042-05-26 Tweede pinksterdag
2042-12-25 Eerste kerstdag
2042-12-26 Tweede kerstdag
2043-01-01 Nieuwjaarsdag
2043-03-27 Goede vrijdag
2043-03-29 Eerste paasdag
2043-03-30 Tweede paasdag
2043-04-27 Koningsdag
2043-05-07 Hemelvaartsdag
2043-05-17 Eerste pinksterdag
2043-05-18 Tweede pinksterdag
2043-12-25 Eerste kerstdag
2043-12-26 Tweede kerstdag
2044-01-01 Nieuwjaarsdag
2044-04-15 Goede vrijdag
2044-04-17 Eerste paasdag
2044-04-18 Tweede paasdag
2044-04-27 Koningsdag
2044-05-26 Hemelvaartsdag
2044-06-05 Eerste pinksterdag
2044-06-06 Tweede pinksterdag
2044-12-25 Eerste kerstdag
2044-12-26 Tweede kerstdag
2045-01-01 Nieuwjaarsdag
2045-04-07 Goede vrijdag
2045-04-09 Eerste paasdag
2045-04-10 Tweede paasdag
2045-04-27 Koningsdag
2045-05-05 Bevrijdingsdag
2045-05-18 Hemelvaartsdag
2045-05-28 Eerste pinksterdag
2045-05-29 Tweede pinksterdag
2045-12-25 Eerste kerstdag
2045-12-26 Tweede kerstdag
2046-01-01 Nieuwjaarsdag
2046-03-23 Goede vrijdag
2046-03-25 Eerste paasdag
2046-03-26 Tweede paasdag
2046-04-27 Koningsdag
2046-05-03 Hemelvaartsdag
2046-05-13 Eerste pinksterdag
2046-05-14 Tweede pinksterdag
2046-12-25 Eerste kerstdag
2046-12-26 Tweede kerstdag
2047-01-01 Nieuwjaarsdag
2047-04-12 Goede vrijdag
2047-04-14 Eerste paasdag
2047-04-15 Tweede paasdag
2047-04-27 Koningsdag
2047-05-23 Hemelvaartsdag
2047-06-02 Eerste pinksterdag
2047-06-03 Tweede pinksterdag
2047-12-25 Eerste kerstdag
2047-12-26 Tweede kerstdag
2048-01-01 Nieuwjaarsdag
2048-04-03 Goede vrijdag
2048-04-05 Eerste paasdag
2048-04-06 Tweede paasdag
2048-04-27 Koningsdag
2048-05-14 Hemelvaartsdag
2048-05-24 Eerste pinksterdag
2048-05-25 Tweede pinksterdag
2048-12-25 Eerste kerstdag
2048-12-26 Tweede kerstdag
2049-01-01 Nieuwjaarsdag
2049-04-16 Goede vrijdag
2049-04-18 Eerste paasdag
2049-04-19 Tweede paasdag
2049-04-27 Koningsdag
2049-05-27 Hemelvaartsdag
2049-06-06 Eerste pinksterdag
2049-06-07 Tweede pinksterdag
2049-12-25 Eerste kerstdag
2049-12-26 Tweede kerstdag
2050-01-01 Nieuwjaarsdag
2050-04-08 Goede vrijdag
2050-04-10 Eerste paasdag
2050-04-11 Tweede paasdag
2050-04-27 Koningsdag
2050-05-05 Bevrijdingsdag
2050-05-19 Hemelvaartsdag
2050-05-29 Eerste pinksterdag
2050-05-30 Tweede pinksterdag
2050-12-25 Eerste kerstdag
2050-12-26 Tweede kerstdag
2051-01-01 Nieuwjaarsdag
2051-03-31 Goede vrijdag
2051-04-02 Eerste paasdag
2051-04-03 Tweede paasdag
2051-04-27 Koningsdag
2051-05-11 Hemelvaartsdag
2051-05-21 Eerste pinksterdag
2051-05-22 Tweede pinksterdag
2051-12-25 Eerste kerstdag
2051-12-26 Tweede kerstdag
2052-01-01 Nieuwjaarsdag
2052-04-19 Goede vrijdag
2052-04-21 Eerste paasdag
2052-04-22 Tweede paasdag
2052-04-27 Koningsdag
2052-05-30 Hemelvaartsdag
2052-06-09 Eerste pinksterdag
2052-06-10 Tweede pinksterdag
2052-12-25 Eerste kerstdag
2052-12-26 Tweede kerstdag
2053-01-01 Nieuwjaarsdag
2053-04-04 Goede vrijdag
2053-04-06 Eerste paasdag
2053-04-07 Tweede paasdag
2053-04-26 Koningsdag
2053-05-15 Hemelvaartsdag
2053-05-25 Eerste pinksterdag
2053-05-26 Tweede pinksterdag
2053-12-25 Eerste kerstdag
2053-12-26 Tweede kerstdag
2054-01-01 Nieuwjaarsdag
2054-03-27 Goede vrijdag
2054-03-29 Eerste paasdag
2054-03-30 Tweede paasdag
2054-04-27 Koningsdag
2054-05-07 Hemelvaartsdag
2054-05-17 Eerste pinksterdag
2054-05-18 Tweede pinksterdag
2054-12-25 Eerste kerstdag
2054-12-26 Tweede kerstdag
2055-01-01 Nieuwjaarsdag
2055-04-16 Goede vrijdag
2055-04-18 Eerste paasdag
2055-04-19 Tweede paasdag
2055-04-27 Koningsdag
2055-05-05 Bevrijdingsdag
2055-05-27 Hemelvaartsdag
2055-06-06 Eerste pinksterdag
2055-06-07 Tweede pinksterdag
2055-12-25 Eerste kerstdag
2055-12-26 Tweede kerstdag
2056-01-01 Nieuwjaarsdag
2056-03-31 Goede vrijdag
2056-04-02 Eerste paasdag
2056-04-03 Tweede paasdag
2056-04-27 Koningsdag
2056-05-11 Hemelvaartsdag
2056-05-21 Eerste pinksterdag
2056-05-22 Tweede pinksterdag
2056-12-25 Eerste kerstdag
2056-12-26 Tweede kerstdag
2057-01-01 Nieuwjaarsdag
2057-04-20 Goede vrijdag
2057-04-22 Eerste paasdag
2057-04-23 Tweede paasdag
2057-04-27 Koningsdag
2057-05-31 Hemelvaartsdag
2057-06-10 Eerste pinksterdag
2057-06-11 Tweede pinksterdag
2057-12-25 Eerste kerstdag
2057-12-26 Tweede kerstdag
2058-01-01 Nieuwjaarsdag
2058-04-12 Goede vrijdag
2058-04-14 Eerste paasdag
2058-04-15 Tweede paasdag
2058-04-27 Koningsdag
2058-05-23 Hemelvaartsdag
2058-06-02 Eerste pinksterdag
2058-06-03 Tweede pinksterdag
2058-12-25 Eerste kerstdag
2058-12-26 Tweede kerstdag
2059-01-01 Nieuwjaarsdag
2059-03-28 Goede vrijdag
2059-03-30 Eerste paasdag
2059-03-31 Tweede paasdag
2059-04-26 Koningsdag
2059-05-08 Hemelvaartsdag
2059-05-18 Eerste pinksterdag
2059-05-19 Tweede pinksterdag
2059-12-25 Eerste kerstdag
2059-12-26 Tweede kerstdag
2060-01-01 Nieuwjaarsdag
2060-04-16 Goede vrijdag
2060-04-18 Eerste paasdag
2060-04-19 Tweede paasdag
2060-04-27 Koningsdag
2060-05-05 Bevrijdingsdag
2060-05-27 Hemelvaartsdag
2060-06-06 Eerste pinksterdag
2060-06-07 Tweede pinksterdag
2060-12-25 Eerste kerstdag
2060-12-26 Tweede kerstdag
2061-01-01 Nieuwjaarsdag
2061-04-08 Goede vrijdag
2061-04-10 Eerste paasdag
2061-04-11 Tweede paasdag
2061-04-27 Koningsdag
2061-05-19 Hemelvaartsdag
2061-05-29 Eerste pinksterdag
2061-05-30 Tweede pinksterdag
2061-12-25 Eerste kerstdag
2061-12-26 Tweede kerstdag
2062-01-01 Nieuwjaarsdag
2062-03-24 Goede vrijdag
2062-03-26 Eerste paasdag
2062-03-27 Tweede paasdag
2062-04-27 Koningsdag
2062-05-04 Hemelvaartsdag
2062-05-14 Eerste pinksterdag
2062-05-15 Tweede pinksterdag
2062-12-25 Eerste kerstdag
2062-12-26 Tweede kerstdag
2063-01-01 Nieuwjaarsdag
2063-04-13 Goede vrijdag
2063-04-15 Eerste paasdag
2063-04-16 Tweede paasdag
2063-04-27 Koningsdag
2063-05-24 Hemelvaartsdag
2063-06-03 Eerste pinksterdag
2063-06-04 Tweede pinksterdag
2063-12-25 Eerste kerstdag
2063-12-26 Tweede kerstdag
2064-01-01 Nieuwjaarsdag
2064-04-04 Goede vrijdag
2064-04-06 Eerste paasdag
2064-04-07 Tweede paasdag
2064-04-26 Koningsdag
2064-05-15 Hemelvaartsdag
2064-05-25 Eerste pinksterdag
2064-05-26 Tweede pinksterdag
2064-12-25 Eerste kerstdag
2064-12-26 Tweede kerstdag
2065-01-01 Nieuwjaarsdag
2065-03-27 Goede vrijdag
2065-03-29 Eerste paasdag
2065-03-30 Tweede paasdag
2065-04-27 Koningsdag
2065-05-05 Bevrijdingsdag
2065-05-07 Hemelvaartsdag
2065-05-17 Eerste pinksterdag
2065-05-18 Tweede pinksterdag
2065-12-25 Eerste kerstdag
2065-12-26 Tweede kerstdag
2066-01-01 Nieuwjaarsdag
2066-04-09 Goede vrijdag
2066-04-11 Eerste paasdag
2066-04-12 Tweede paasdag
2066-04-27 Koningsdag
2066-05-20 Hemelvaartsdag
2066-05-30 Eerste pinksterdag
2066-05-31 Tweede pinksterdag
2066-12-25 Eerste kerstdag
2066-12-26 Tweede kerstdag
2067-01-01 Nieuwjaarsdag
2067-04-01 Goede vrijdag
2067-04-03 Eerste paasdag
2067-04-04 Tweede paasdag
2067-04-27 Koningsdag
2067-05-12 Hemelvaartsdag
2067-05-22 Eerste pinksterdag
2067-05-23 Tweede pinksterdag
2067-12-25 Eerste kerstdag
2067-12-26 Tweede kerstdag
2068-01-01 Nieuwjaarsdag
2068-04-20 Goede vrijdag
2068-04-22 Eerste paasdag
2068-04-23 Tweede paasdag
2068-04-27 Koningsdag
2068-05-31 Hemelvaartsdag
2068-06-10 Eerste pinksterdag
2068-06-11 Tweede pinksterdag
2068-12-25 Eerste kerstdag
2068-12-26 Tweede kerstdag
2069-01-01 Nieuwjaarsdag
2069-04-12 Goede vrijdag
2069-04-14 Eerste paasdag
2069-04-15 Tweede paasdag
2069-04-27 Koningsdag
2069-05-23 Hemelvaartsdag
2069-06-02 Eerste pinksterdag
2069-06-03 Tweede pinksterdag
2069-12-25 Eerste kerstdag
2069-12-26 Tweede kerstdag
2070-01-01 Nieuwjaarsdag
2070-03-28 Goede vrijdag
2070-03-30 Eerste paasdag
2070-03-31 Tweede paasdag
2070-04-26 Koningsdag
2070-05-05 Bevrijdingsdag
2070-05-08 Hemelvaartsdag
2070-05-18 Eerste pinksterdag
2070-05-19 Tweede pinksterdag
2070-12-25 Eerste kerstdag
2070-12-26 Tweede kerstdag
2071-01-01 Nieuwjaarsdag
2071-04-17 Goede vrijdag
2071-04-19 Eerste paasdag
2071-04-20 Tweede paasdag
2071-04-27 Koningsdag
2071-05-28 Hemelvaartsdag
2071-06-07 Eerste pinksterdag
2071-06-08 Tweede pinksterdag
2071-12-25 Eerste kerstdag
2071-12-26 Tweede kerstdag
2072-01-01 Nieuwjaarsdag
2072-04-08 Goede vrijdag
2072-04-10 Eerste paasdag
2072-04-11 Tweede paasdag
2072-04-27 Koningsdag
2072-05-19 Hemelvaartsdag
2072-05-29 Eerste pinksterdag
2072-05-30 Tweede pinksterdag
2072-12-25 Eerste kerstdag
2072-12-26 Tweede kerstdag
2073-01-01 Nieuwjaarsdag
2073-03-24 Goede vrijdag
2073-03-26 Eerste paasdag
2073-03-27 Tweede paasdag
2073-04-27 Koningsdag
2073-05-04 Hemelvaartsdag
2073-05-14 Eerste pinksterdag
2073-05-15 Tweede pinksterdag
2073-12-25 Eerste kerstdag
2073-12-26 Tweede kerstdag
2074-01-01 Nieuwjaarsdag
2074-04-13 Goede vrijdag
2074-04-15 Eerste paasdag
2074-04-16 Tweede paasdag
2074-04-27 Koningsdag
2074-05-24 Hemelvaartsdag
2074-06-03 Eerste pinksterdag
2074-06-04 Tweede pinksterdag
2074-12-25 Eerste kerstdag
2074-12-26 Tweede kerstdag
2075-01-01 Nieuwjaarsdag
2075-04-05 Goede vrijdag
2075-04-07 Eerste paasdag
2075-04-08 Tweede paasdag
2075-04-27 Koningsdag
2075-05-05 Bevrijdingsdag
2075-05-16 Hemelvaartsdag
2075-05-26 Eerste pinksterdag
2075-05-27 Tweede pinksterdag
2075-12-25 Eerste kerstdag
2075-12-26 Tweede kerstdag
2076-01-01 Nieuwjaarsdag
2076-04-17 Goede vrijdag
2076-04-19 Eerste paasdag
2076-04-20 Tweede paasdag
2076-04-27 Koningsdag
2076-05-28 Hemelvaartsdag
2076-06-07 Eerste pinksterdag
2076-06-08 Tweede pinksterdag
2076-12-25 Eerste kerstdag
2076-12-26 Tweede kerstdag
2077-01-01 Nieuwjaarsdag
2077-04-09 Goede vrijdag
2077-04-11 Eerste paasdag
2077-04-12 Tweede paasdag
2077-04-27 Koningsdag
2077-05-20 Hemelvaartsdag
2077-05-30 Eerste pinksterdag
2077-05-31 Tweede pinksterdag
2077-12-25 Eerste kerstdag
2077-12-26 Tweede kerstdag
2078-01-01 Nieuwjaarsdag
2078-04-01 Goede vrijdag
2078-04-03 Eerste paasdag
2078-04-04 Tweede paasdag
2078-04-27 Koningsdag
2078-05-12 Hemelvaartsdag
2078-05-22 Eerste pinksterdag
2078-05-23 Tweede pinksterdag
2078-12-25 Eerste kerstdag
2078-12-26 Tweede kerstdag
2079-01-01 Nieuwjaarsdag
2079-04-21 Goede vrijdag
2079-04-23 Eerste paasdag
2079-04-24 Tweede paasdag
2079-04-27 Koningsdag
2079-06-01 Hemelvaartsdag
2079-06-11 Eerste pinksterdag
2079-06-12 Tweede pinksterdag
2079-12-25 Eerste kerstdag
2079-12-26 Tweede kerstdag
2080-01-01 Nieuwjaarsdag
2080-04-05 Goede vrijdag
2080-04-07 Eerste paasdag
2080-04-08 Tweede paasdag
2080-04-27 Koningsdag
2080-05-05 Bevrijdingsdag
2080-05-16 Hemelvaartsdag
2080-05-26 Eerste pinksterdag
2080-05-27 Tweede pinksterdag
2080-12-25 Eerste kerstdag
2080-12-26 Tweede kerstdag
2081-01-01 Nieuwjaarsdag
2081-03-28 Goede vrijdag
2081-03-30 Eerste paasdag
2081-03-31 Tweede paasdag
2081-04-26 Koningsdag
2081-05-08 Hemelvaartsdag
2081-05-18 Eerste pinksterdag
2081-05-19 Tweede pinksterdag
2081-12-25 Eerste kerstdag
2081-12-26 Tweede kerstdag
2082-01-01 Nieuwjaarsdag
2082-04-17 Goede vrijdag
2082-04-19 Eerste paasdag
2082-04-20 Tweede paasdag
2082-04-27 Koningsdag
2082-05-28 Hemelvaartsdag
2082-06-07 Eerste pinksterdag
2082-06-08 Tweede pinksterdag
2082-12-25 Eerste kerstdag
2082-12-26 Tweede kerstdag
2083-01-01 Nieuwjaarsdag
2083-04-02 Goede vrijdag
2083-04-04 Eerste paasdag
2083-04-05 Tweede paasdag
2083-04-27 Koningsdag
2083-05-13 Hemelvaartsdag
2083-05-23 Eerste pinksterdag
2083-05-24 Tweede pinksterdag
2083-12-25 Eerste kerstdag
2083-12-26 Tweede kerstdag
2084-01-01 Nieuwjaarsdag
2084-03-24 Goede vrijdag
2084-03-26 Eerste paasdag
2084-03-27 Tweede paasdag
2084-04-27 Koningsdag
2084-05-04 Hemelvaartsdag
2084-05-14 Eerste pinksterdag
2084-05-15 Tweede pinksterdag
2084-12-25 Eerste kerstdag
2084-12-26 Tweede kerstdag
2085-01-01 Nieuwjaarsdag
2085-04-13 Goede vrijdag
2085-04-15 Eerste paasdag
2085-04-16 Tweede paasdag
2085-04-27 Koningsdag
2085-05-05 Bevrijdingsdag
2085-05-24 Hemelvaartsdag
2085-06-03 Eerste pinksterdag
2085-06-04 Tweede pinksterdag
2085-12-25 Eerste kerstdag
2085-12-26 Tweede kerstdag
2086-01-01 Nieuwjaarsdag
2086-03-29 Goede vrijdag
2086-03-31 Eerste paasdag
2086-04-01 Tweede paasdag
2086-04-27 Koningsdag
2086-05-09 Hemelvaartsdag
2086-05-19 Eerste pinksterdag
2086-05-20 Tweede pinksterdag
2086-12-25 Eerste kerstdag
2086-12-26 Tweede kerstdag
2087-01-01 Nieuwjaarsdag
2087-04-18 Goede vrijdag
2087-04-20 Eerste paasdag
2087-04-21 Tweede paasdag
2087-04-26 Koningsdag
2087-05-29 Hemelvaartsdag
2087-06-08 Eerste pinksterdag
2087-06-09 Tweede pinksterdag
2087-12-25 Eerste kerstdag
2087-12-26 Tweede kerstdag
2088-01-01 Nieuwjaarsdag
2088-04-09 Goede vrijdag
2088-04-11 Eerste paasdag
2088-04-12 Tweede paasdag
2088-04-27 Koningsdag
2088-05-20 Hemelvaartsdag
2088-05-30 Eerste pinksterdag
2088-05-31 Tweede pinksterdag
2088-12-25 Eerste kerstdag
2088-12-26 Tweede kerstdag
2089-01-01 Nieuwjaarsdag
2089-04-01 Goede vrijdag
2089-04-03 Eerste paasdag
2089-04-04 Tweede paasdag
2089-04-27 Koningsdag
2089-05-12 Hemelvaartsdag
2089-05-22 Eerste pinksterdag
2089-05-23 Tweede pinksterdag
2089-12-25 Eerste kerstdag
2089-12-26 Tweede kerstdag
2090-01-01 Nieuwjaarsdag
2090-04-14 Goede vrijdag
2090-04-16 Eerste paasdag
2090-04-17 Tweede paasdag
2090-04-27 Koningsdag
2090-05-05 Bevrijdingsdag
2090-05-25 Hemelvaartsdag
2090-06-04 Eerste pinksterdag
2090-06-05 Tweede pinksterdag
2090-12-25 Eerste kerstdag
2090-12-26 Tweede kerstdag
2091-01-01 Nieuwjaarsdag
2091-04-06 Goede vrijdag
2091-04-08 Eerste paasdag
2091-04-09 Tweede paasdag
2091-04-27 Koningsdag
2091-05-17 Hemelvaartsdag
2091-05-27 Eerste pinksterdag
2091-05-28 Tweede pinksterdag
2091-12-25 Eerste kerstdag
2091-12-26 Tweede kerstdag
2092-01-01 Nieuwjaarsdag
2092-03-28 Goede vrijdag
2092-03-30 Eerste paasdag
2092-03-31 Tweede paasdag
2092-04-26 Koningsdag
2092-05-08 Hemelvaartsdag
2092-05-18 Eerste pinksterdag
2092-05-19 Tweede pinksterdag
2092-12-25 Eerste kerstdag
2092-12-26 Tweede kerstdag
2093-01-01 Nieuwjaarsdag
2093-04-10 Goede vrijdag
2093-04-12 Eerste paasdag
2093-04-13 Tweede paasdag
2093-04-27 Koningsdag
2093-05-21 Hemelvaartsdag
2093-05-31 Eerste pinksterdag
2093-06-01 Tweede pinksterdag
2093-12-25 Eerste kerstdag
2093-12-26 Tweede kerstdag
2094-01-01 Nieuwjaarsdag
2094-04-02 Goede vrijdag
2094-04-04 Eerste paasdag
2094-04-05 Tweede paasdag
2094-04-27 Koningsdag
2094-05-13 Hemelvaartsdag
2094-05-23 Eerste pinksterdag
2094-05-24 Tweede pinksterdag
2094-12-25 Eerste kerstdag
2094-12-26 Tweede kerstdag
2095-01-01 Nieuwjaarsdag
2095-04-22 Goede vrijdag
2095-04-24 Eerste paasdag
2095-04-25 Tweede paasdag
2095-04-27 Koningsdag
2095-05-05 Bevrijdingsdag
2095-06-02 Hemelvaartsdag
2095-06-12 Eerste pinksterdag
2095-06-13 Tweede pinksterdag
2095-12-25 Eerste kerstdag
2095-12-26 Tweede kerstdag
2096-01-01 Nieuwjaarsdag
2096-04-13 Goede vrijdag
2096-04-15 Eerste paasdag
2096-04-16 Tweede paasdag
2096-04-27 Koningsdag
2096-05-24 Hemelvaartsdag
2096-06-03 Eerste pinksterdag
2096-06-04 Tweede pinksterdag
2096-12-25 Eerste kerstdag
2096-12-26 Tweede kerstdag
2097-01-01 Nieuwjaarsdag
2097-03-29 Goede vrijdag
2097-03-31 Eerste paasdag
2097-04-01 Tweede paasdag
2097-04-27 Koningsdag
2097-05-09 Hemelvaartsdag
2097-05-19 Eerste pinksterdag
2097-05-20 Tweede pinksterdag
2097-12-25 Eerste kerstdag
2097-12-26 Tweede kerstdag
2098-01-01 Nieuwjaarsdag
2098-04-18 Goede vrijdag
2098-04-20 Eerste paasdag
2098-04-21 Tweede paasdag
2098-04-26 Koningsdag
2098-05-29 Hemelvaartsdag
2098-06-08 Eerste pinksterdag
2098-06-09 Tweede pinksterdag
2098-12-25 Eerste kerstdag
2098-12-26 Tweede kerstdag
2099-01-01 Nieuwjaarsdag
2099-04-10 Goede vrijdag
2099-04-12 Eerste paasdag
2099-04-13 Tweede paasdag
2099-04-27 Koningsdag
2099-05-21 Hemelvaartsdag
2099-05-31 Eerste pinksterdag
2099-06-01 Tweede pinksterdag
2099-12-25 Eerste kerstdag
2099-12-26 Tweede kerstdag
2100-01-01 Nieuwjaarsdag
2100-03-26 Goede vrijdag
2100-03-28 Eerste paasdag
2100-03-29 Tweede paasdag
2100-04-27 Koningsdag
2100-05-05 Bevrijdingsdag
2100-05-06 Hemelvaartsdag
2100-05-16 Eerste pinksterdag
2100-05-17 Tweede pinksterdag
2100-12-25 Eerste kerstdag
2100-12-26 Tweede kerstdag
"""
