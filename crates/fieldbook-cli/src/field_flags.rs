//! One flag per field of a record, made from the record's field table: `client
//! add --name … --tier A --office-hours 09:00-18:00`. Adding a field to a table
//! adds its flag, with its help.

use std::marker::PhantomData;

use clap::{Arg, ArgMatches, Args, Command, FromArgMatches};
use fieldbook_actions::FieldMap;
use fieldbook_core::{FieldName, Fields};

/// The fields of `R` given as flags, each as typed.
#[derive(Debug)]
pub struct FieldFlags<R: Fields> {
    /// The fields given, by name.
    pub given: FieldMap<R::Field>,
    record: PhantomData<R>,
}

/// The fields of `R` that are typed in (a visit's status is not), in table order.
fn typed<R: Fields>() -> impl Iterator<Item = R::Field> {
    R::Field::ALL.iter().copied().filter(|field| R::spec(*field).read.is_some())
}

impl<R: Fields> FromArgMatches for FieldFlags<R> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let given =
            typed::<R>().filter_map(|field| Some((field, matches.get_one::<String>(field.name())?.clone()))).collect();
        Ok(FieldFlags { given, record: PhantomData })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl<R: Fields> Args for FieldFlags<R> {
    fn augment_args(command: Command) -> Command {
        command.args(typed::<R>().map(|field| {
            Arg::new(field.name())
                .long(field.name().replace('_', "-"))
                .value_name("TEXT")
                .help(field.help())
                .allow_hyphen_values(true)
        }))
    }

    fn augment_args_for_update(command: Command) -> Command {
        Self::augment_args(command)
    }
}
