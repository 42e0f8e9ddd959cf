import { readsPlantedValues } from './check';

readsPlantedValues(2);
