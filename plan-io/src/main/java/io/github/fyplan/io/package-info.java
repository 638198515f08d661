/** Reading and writing plans and monitoring data. */
package io.github.fyplan.io;
