//! Calendars: the Chinese lunisolar, Hijri and Gregorian computations, the
//! holiday calendars of CN, PL and AZ (data files of ours), birthdays kept in
//! either calendar, working days and working time. Pure date arithmetic over values.

mod birthday;
mod holiday;
mod systems;
mod working_days;
mod working_time;

pub use birthday::BirthdayOccurrence;
pub use holiday::{CalendarError, DayKind, Holiday, HolidayCalendar, HolidayNames, holidays, is_non_working_day};
pub use systems::{
    CalendarDateError, LunarFallback, chinese_to_gregorian, easter, gregorian_to_chinese, has_leap_month,
    hijri_to_gregorian, hijri_year_of,
};
pub use working_days::WorkingDays;
pub use working_time::WorkingTime;
