import { readsPlantedValues } from './check';

readsPlantedValues(3);
