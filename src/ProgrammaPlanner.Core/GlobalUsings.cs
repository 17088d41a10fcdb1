// FluentValidation has its own ValidationException; in this codebase the name always means ours.
global using ValidationException = ProgrammaPlanner.Core.Pipeline.ValidationException;
