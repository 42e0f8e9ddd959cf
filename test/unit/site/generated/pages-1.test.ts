import { readsPlantedValues } from './check';

readsPlantedValues(0);
