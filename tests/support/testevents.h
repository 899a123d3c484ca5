#pragma once

// For checking that something did NOT happen, without sleeping: a barrier
// after which every event, queued call and zero-interval timer that was
// pending when it was called has been handled (and what those queued in
// turn, `rounds` deep). A timer with a real interval is not waited for.
namespace TestEvents {

void drain(int rounds = 3);

} // namespace TestEvents
