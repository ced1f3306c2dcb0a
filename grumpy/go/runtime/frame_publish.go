package runtime

// PublishLocals is set (before the program starts) when the build driver
// found a module of the program that reads other frames' locals
// (sys._getframe(1).f_locals, tb_frame.f_locals, inspect.getargvalues,
// traceback's capture_locals): compiled functions of the program then
// register a locals provider at entry, and so do the functions of code
// compiled at run time (package interp), so that frame.f_locals shows
// their variables. Programs that never read f_locals leave it false and
// pay nothing.
var PublishLocals bool
